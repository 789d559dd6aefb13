package org.shejian.organisation;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param <T> the element type
 * @param items the elements of this page
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param total how many elements the whole list holds
 */
public record Page<T>(List<T> items, int page, int size, long total) {

	public int pages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
