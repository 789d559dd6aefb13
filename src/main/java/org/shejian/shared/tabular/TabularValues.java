package org.shejian.shared.tabular;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * What spreadsheets do to values, and how to see it: numbers in scientific notation,
 * dates as day counts, and text that a spreadsheet would run as a formula.
 */
public final class TabularValues {

	/** Excel keeps this many significant digits of a number. */
	public static final int EXCEL_DIGITS = 15;

	/** The day count of 9999-12-31, the last date Excel knows. */
	private static final long LAST_SERIAL = 2958465;

	private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 30);

	private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(\\.\\d*)?[eE][+-]?\\d+");

	private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.0*)?");

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private TabularValues() {
	}

	/**
	 * Whether a value is a number in scientific notation, such as {@code 1.10101E+17}:
	 * how Excel shows a long code or identity number kept as a number, and saves it into
	 * CSV. The digits beyond those shown are lost. Full-width characters and spaces
	 * around are allowed.
	 */
	public static boolean looksLikeScientific(String value) {
		String text = Text.compact(value);
		return text != null && SCIENTIFIC.matcher(text).matches();
	}

	/**
	 * Reads an Excel day count, as a date cell becomes when it is copied as a number,
	 * such as {@code 41059} for 2012-05-30. The count is that of Excel's 1900 date
	 * system, which takes 1900 for a leap year: day 60 stands for 29 February 1900, a
	 * date that never was, and is refused; day 61 is 1 March 1900.
	 * @throws Problem (400) {@code tabular.serialDate.invalid} when the value is not a
	 * whole number from 1 to 2958465 (9999-12-31), or is 60
	 */
	public static LocalDate excelSerialDate(String value) {
		String text = Text.compact(value);
		if (text == null || !SERIAL.matcher(text).matches()) {
			throw Problem.invalid("tabular.serialDate.invalid", value);
		}
		long serial = new BigDecimal(text).longValueExact();
		if (serial < 1 || serial == 60 || serial > LAST_SERIAL) {
			throw Problem.invalid("tabular.serialDate.invalid", value);
		}
		return DAY_ZERO.plusDays((serial < 60) ? serial + 1 : serial);
	}

	/**
	 * Makes text inert in a spreadsheet: text starting with {@code = + - @}, a tab or a
	 * carriage return, which a spreadsheet may run as a formula, gets a leading
	 * apostrophe. Other text is returned as it is.
	 */
	public static String guardFormula(String text) {
		return startsLikeFormula(text) ? "'" + text : text;
	}

	/**
	 * Undoes {@link #guardFormula}: removes the apostrophe it added, and only that.
	 */
	public static String unguardFormula(String text) {
		return (text != null && text.startsWith("'") && startsLikeFormula(text.substring(1))) ? text.substring(1)
				: text;
	}

	private static boolean startsLikeFormula(String text) {
		return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
	}

	/**
	 * A number as Excel shows it in the formula bar: at most 15 significant digits, no
	 * exponent, no trailing zeros after the decimal point.
	 */
	static String plainNumber(BigDecimal number) {
		BigDecimal shown = number.round(new MathContext(EXCEL_DIGITS)).stripTrailingZeros();
		return (shown.signum() == 0) ? "0" : shown.toPlainString();
	}

	/**
	 * A number passed to a writer, in plain digits: decimals keep their scale, binary
	 * fractions lose their trailing zeros ({@code 3.0} becomes {@code 3}).
	 */
	static String plainNumber(Number number) {
		if (number instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if ((number instanceof Double || number instanceof Float) && Double.isFinite(number.doubleValue())) {
			return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
		}
		return number.toString();
	}

	/**
	 * Whether a number can go into a spreadsheet's number cell unchanged: a finite
	 * floating-point number, or an exact one with at most {@link #EXCEL_DIGITS}
	 * significant digits.
	 */
	static boolean fitsExcel(Number number) {
		if (number instanceof Double || number instanceof Float) {
			return Double.isFinite(number.doubleValue());
		}
		try {
			BigDecimal exact = (number instanceof BigDecimal decimal) ? decimal : new BigDecimal(number.toString());
			return exact.stripTrailingZeros().precision() <= EXCEL_DIGITS;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
