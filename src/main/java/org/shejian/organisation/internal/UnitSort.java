package org.shejian.organisation.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.shejian.shared.Problem;

/**
 * The orders a unit list may be sorted by. Only these reach SQL: anything else is
 * refused.
 */
public enum UnitSort {

	CODE("code"), NAME("name"), SHORT_NAME("short_name"), LEVEL("unit_level");

	private final String column;

	UnitSort(String column) {
		this.column = column;
	}

	/**
	 * Reads a sort parameter such as {@code code}, {@code -name} (descending) or
	 * {@code shortName}.
	 * @throws Problem (400) naming the field and the allowed ones
	 */
	public static Sorting parse(String value) {
		if (value == null || value.isBlank()) {
			return new Sorting(CODE, false);
		}
		boolean descending = value.startsWith("-");
		String field = descending ? value.substring(1) : value;
		for (UnitSort sort : values()) {
			if (sort.parameter().equals(field)) {
				return new Sorting(sort, descending);
			}
		}
		throw Problem.invalid("sort.unknown", field, allowed());
	}

	static String allowed() {
		return Arrays.stream(values()).map(UnitSort::parameter).collect(Collectors.joining(", "));
	}

	String parameter() {
		String lower = name().toLowerCase();
		int underscore = lower.indexOf('_');
		return (underscore < 0) ? lower : lower.substring(0, underscore)
				+ Character.toUpperCase(lower.charAt(underscore + 1)) + lower.substring(underscore + 2);
	}

	/**
	 * A chosen order.
	 */
	public record Sorting(UnitSort sort, boolean descending) {

		String orderBy() {
			return this.sort.column + (this.descending ? " DESC" : "") + ", code";
		}

	}

}
