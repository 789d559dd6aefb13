package org.shejian.shared.tabular;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.shejian.shared.Problem;

/**
 * Turns the raw parts of a worksheet cell (its type, style and stored value) into a
 * {@link Cell}: shared strings looked up, numbers in plain digits, numbers formatted as
 * dates turned into dates.
 */
final class XlsxCells {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** The day count of 29 February 1900 in the 1900 date system. */
	private static final int FICTITIOUS_DAY = 60;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final SharedStrings strings;

	private final StylesTable styles;

	private final boolean date1904;

	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	/**
	 * @param styles the workbook's styles, {@code null} when it has none
	 * @param date1904 whether the workbook counts dates from 1904 (old Mac workbooks)
	 */
	XlsxCells(SharedStrings strings, StylesTable styles, boolean date1904) {
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
	}

	/**
	 * @param type the cell's {@code t} attribute, {@code null} for a number
	 * @param style the cell's {@code s} attribute, {@code null} for the default style
	 * @param value the stored value (for a formula, its last result), {@code null} when
	 * there is none
	 * @throws Problem (400) when a shared string is missing
	 */
	Cell cell(String type, String style, String value) {
		if (value == null) {
			return Cell.BLANK;
		}
		return switch ((type != null) ? type : "n") {
			case "s" -> new Cell(sharedString(value), Cell.Kind.TEXT);
			case "inlineStr", "str" -> new Cell(value, Cell.Kind.TEXT);
			case "b" -> new Cell("1".equals(value.strip()) ? "TRUE" : "FALSE", Cell.Kind.BOOLEAN);
			case "e" -> new Cell(value, Cell.Kind.ERROR);
			case "d" -> new Cell(value, Cell.Kind.DATE);
			default -> number(style, value);
		};
	}

	private String sharedString(String index) {
		try {
			return this.strings.getItemAt(Integer.parseInt(index.strip())).getString();
		}
		catch (RuntimeException ex) {
			throw Problem.invalid("tabular.xlsx.damaged");
		}
	}

	private Cell number(String style, String value) {
		BigDecimal number;
		try {
			number = new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			return new Cell(value, Cell.Kind.TEXT);
		}
		double serial = number.doubleValue();
		if (isDateStyle(style) && !this.date1904 && serial >= FICTITIOUS_DAY && serial < FICTITIOUS_DAY + 1) {
			// Excel's 1900 date system counts 29 February 1900, a day that never was; POI
			// would show it as 1 March. It is given as written, so that a date check
			// refuses it.
			return new Cell("1900-02-29", Cell.Kind.DATE);
		}
		if (isDateStyle(style) && DateUtil.isValidExcelDate(serial)) {
			return new Cell(dateText(DateUtil.getLocalDateTime(serial, this.date1904, true), serial), Cell.Kind.DATE);
		}
		return new Cell(TabularValues.plainNumber(number), Cell.Kind.NUMBER);
	}

	private static String dateText(LocalDateTime time, double serial) {
		if (serial < 1) {
			return time.format(TIME);
		}
		if (time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
			return time.toLocalDate().toString();
		}
		return time.format(DATE_TIME);
	}

	private boolean isDateStyle(String style) {
		if (this.styles == null) {
			return false;
		}
		int index;
		try {
			index = (style != null) ? Integer.parseInt(style.strip()) : 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
		return this.dateStyles.computeIfAbsent(index, this::isDateFormat);
	}

	private boolean isDateFormat(int index) {
		if (index < 0 || index >= this.styles.getNumCellStyles()) {
			return false;
		}
		XSSFCellStyle style = this.styles.getStyleAt(index);
		return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
	}

}
