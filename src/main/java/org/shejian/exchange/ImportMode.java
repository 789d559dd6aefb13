package org.shejian.exchange;

/**
 * What an import does with a file that has rejected rows.
 */
public enum ImportMode {

	/** Nothing is loaded when any row is rejected. */
	ALL_OR_NOTHING,
	/** The valid rows are loaded; the rejected ones are reported. */
	VALID_ROWS

}
