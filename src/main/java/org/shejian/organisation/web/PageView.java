package org.shejian.organisation.web;

import java.util.List;
import java.util.function.Function;

import org.shejian.organisation.Page;

/**
 * One page of a list as the API shows it.
 */
record PageView<T>(List<T> items, int page, int size, long total, boolean hasNext) {

	static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
		return new PageView<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.total(),
				page.hasNext());
	}

}
