package org.shejian.shared.tabular;

/**
 * One value of a row, always as text, with what the sheet held it as. A CSV file only
 * holds text.
 *
 * @param text the value as a person reads it, never {@code null}: numbers in plain digits
 * ({@code 110101001001}, {@code -12.5}), dates as {@code 2012-05-30} or
 * {@code 2012-05-30 08:30:00}, booleans as {@code TRUE} or {@code FALSE}, errors as Excel
 * writes them ({@code #N/A})
 * @param kind what the sheet held
 */
public record Cell(String text, Kind kind) {

	/** A cell with nothing in it. */
	public static final Cell BLANK = new Cell("", Kind.TEXT);

	public Cell {
		text = (text != null) ? text : "";
	}

	/**
	 * Whether the sheet held a number (not a date). An 18-digit identity number typed as
	 * a number has lost its last digits, because Excel keeps 15 significant digits; such
	 * a value ends in zeros.
	 */
	public boolean isNumeric() {
		return this.kind == Kind.NUMBER;
	}

	/** Whether the cell holds nothing but white space. */
	public boolean isBlank() {
		return this.text.isBlank();
	}

	/** What a cell was in the sheet. */
	public enum Kind {

		/** Text, and every value of a CSV file. */
		TEXT,

		/** A number not formatted as a date. */
		NUMBER,

		/** A number formatted as a date or time. */
		DATE,

		BOOLEAN,

		/** A formula's error, such as {@code #DIV/0!}. */
		ERROR

	}

}
