package org.shejian.catalogue;

import java.util.List;

/**
 * A read of a resource's rows: which items, which rows, in which order, from where.
 *
 * @param fields the items to return, in order; empty for all
 * @param filters conditions on items, all of which must hold
 * @param sort the item to order by, {@code null} for the resource key
 * @param descending whether the sort item runs from high to low
 * @param cursor where the previous page ended, {@code null} for the first page
 * @param limit the most rows to return
 */
public record RowQuery(List<String> fields, List<Filter> filters, String sort, boolean descending, String cursor,
		int limit) {

	/** The most rows one page may hold. */
	public static final int MAX_LIMIT = 1000;

	/**
	 * @param item the item
	 * @param operator how its value compares with the given one
	 * @param value the value, as text, checked against the item's data element
	 */
	public record Filter(String item, Operator operator, String value) {
	}

	public enum Operator {

		EQ("="), GE(">="), LE("<=");

		final String sql;

		Operator(String sql) {
			this.sql = sql;
		}

	}

}
