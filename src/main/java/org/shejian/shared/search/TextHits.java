package org.shejian.shared.search;

import java.util.List;

/**
 * One page of the answer to {@link TextIndex#search}.
 *
 * @param total how many documents match in all
 * @param hits the requested page of them, best first
 */
public record TextHits(long total, List<TextHit> hits) {

	public TextHits {
		hits = List.copyOf(hits);
	}

}
