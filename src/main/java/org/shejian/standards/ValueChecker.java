package org.shejian.standards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * The check of values against one data element, prepared once (the code list's values
 * loaded) and then applied to any number of values, from any thread.
 *
 * <p>
 * Values are normalised first (full-width characters, spaces). Text stays text: a code
 * that a spreadsheet turned into a number in scientific notation is refused with a hint,
 * never read back as digits, since the digits it lost cannot be recovered.
 */
public final class ValueChecker {

	/** The highest Excel serial accepted as a date (9999-12-31). */
	static final long MAX_EXCEL_SERIAL = 2_958_465;

	private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?[eE][+-]?\\d+");

	private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

	private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(Map.entry("是", true), Map.entry("否", false),
			Map.entry("true", true), Map.entry("false", false), Map.entry("yes", true), Map.entry("no", false),
			Map.entry("y", true), Map.entry("n", false), Map.entry("1", true), Map.entry("0", false));

	private final DataElement element;

	private final Set<String> codes;

	ValueChecker(DataElement element, Set<String> codes) {
		this.element = element;
		this.codes = codes;
	}

	public DataElement element() {
		return this.element;
	}

	/**
	 * Checks a value from outside.
	 * @param raw the value as read; blank means absent
	 * @return {@code null} when absent; otherwise the value as its type: {@link String}
	 * for text and codes, {@link Long}, {@link BigDecimal}, {@link LocalDate} or
	 * {@link Boolean}
	 * @throws Problem (400) naming the value and the rule it breaks
	 */
	public Object check(String raw) {
		String value = Text.normalise(raw);
		if (value == null || value.isEmpty()) {
			return null;
		}
		// The null character among them: PostgreSQL stores no text holding it.
		Text.refuseInvisibleControls(value);
		return switch (this.element.dataType()) {
			case TEXT -> text(value);
			case CODE -> code(value);
			case INTEGER -> integer(value);
			case DECIMAL -> decimal(value);
			case DATE -> date(value);
			case BOOLEAN -> bool(value);
		};
	}

	private String text(String value) {
		if (looksScientific(value)) {
			throw Problem.invalid("value.scientific", value);
		}
		String checked = switch (this.element.rule()) {
			case CREDIT_CODE -> CreditCode.validate(value);
			case ORGANISATION_CODE -> OrganisationCode.validate(value);
			case ID_NUMBER -> IdNumber.validate(value);
			case UNIT_CODE -> unitCode(value);
			default -> value;
		};
		this.element.format().checkText(checked);
		return checked;
	}

	private static String unitCode(String value) {
		String code = value.replace(" ", "");
		if (!(code.length() == 6 || code.length() == 9 || code.length() == 12) || !digits(code)) {
			throw Problem.invalid("value.unitCode", value);
		}
		return code;
	}

	private static boolean digits(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private String code(String value) {
		if (looksScientific(value)) {
			throw Problem.invalid("value.scientific", value);
		}
		if (!this.codes.contains(value)) {
			throw Problem.invalid("value.notInCodeList", value, this.element.codeListIdentifier());
		}
		return value;
	}

	/** The regular expression runs only on values that hold an exponent sign at all. */
	private static boolean looksScientific(String value) {
		return (value.indexOf('E') >= 0 || value.indexOf('e') >= 0) && SCIENTIFIC.matcher(value).matches();
	}

	private Long integer(String value) {
		Long plain = plainInteger(value);
		if (plain != null) {
			checkSign(plain < 0, value);
			checkRange(plain);
			ValueFormat format = this.element.format();
			if (!format.isDate() && format.characters() == ValueFormat.Characters.DIGITS
					&& significantDigits(value) > format.length() - format.fraction()) {
				throw Problem.invalid("value.tooManyDigits", value, format.notation());
			}
			return plain;
		}
		BigDecimal number = number(value);
		try {
			long whole = number.longValueExact();
			checkSign(whole < 0, value);
			checkRange(whole);
			checkDigits(number);
			return whole;
		}
		catch (ArithmeticException ex) {
			throw Problem.invalid("value.notInteger", value);
		}
	}

	private BigDecimal decimal(String value) {
		BigDecimal number = number(value);
		ValueRule rule = this.element.rule();
		if ((rule == ValueRule.LONGITUDE || rule == ValueRule.LATITUDE) && !this.element.format().isDate()
				&& number.scale() > this.element.format().fraction()) {
			// Coordinates come with any number of decimals; the element's precision (1e-7
			// degrees is about a centimetre) is kept, the rest rounded.
			number = number.setScale(this.element.format().fraction(), RoundingMode.HALF_UP);
		}
		checkSign(number.signum() < 0, value);
		checkRange(number);
		checkDigits(number);
		return number;
	}

	/** Counts and measures are never below zero. */
	private void checkSign(boolean negative, String value) {
		if (negative && this.element.rule() == ValueRule.NOT_NEGATIVE) {
			throw Problem.invalid("value.negative", value);
		}
	}

	private <N extends Number> N checkRange(N number) {
		double value = number.doubleValue();
		boolean ok = switch (this.element.rule()) {
			case LONGITUDE -> value >= -180 && value <= 180;
			case LATITUDE -> value >= -90 && value <= 90;
			case YEAR -> value >= 1949 && value <= 2100;
			default -> true;
		};
		if (!ok) {
			String text = (number instanceof BigDecimal decimal) ? decimal.toPlainString() : number.toString();
			throw Problem.invalid("value.range." + this.element.rule().name().toLowerCase(Locale.ROOT), text);
		}
		return number;
	}

	/**
	 * The common case read without building a decimal: an optional sign and up to 18
	 * digits. {@code null} for anything else, which takes the general way.
	 */
	private static Long plainInteger(String value) {
		int length = value.length();
		int start = (length > 0 && (value.charAt(0) == '-' || value.charAt(0) == '+')) ? 1 : 0;
		if (length == start || length - start > 18) {
			return null;
		}
		for (int i = start; i < length; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
		}
		return Long.parseLong(value);
	}

	/** The number of digits of a plain integer, leading zeros and sign left out. */
	private static int significantDigits(String value) {
		int i = (value.charAt(0) == '-' || value.charAt(0) == '+') ? 1 : 0;
		while (i < value.length() - 1 && value.charAt(i) == '0') {
			i++;
		}
		return value.length() - i;
	}

	private static BigDecimal number(String value) {
		String digits = (value.indexOf(',') >= 0 && GROUPED.matcher(value).matches()) ? value.replace(",", "") : value;
		try {
			return new BigDecimal(digits);
		}
		catch (NumberFormatException ex) {
			throw Problem.invalid("value.notNumber", value);
		}
	}

	private void checkDigits(BigDecimal number) {
		ValueFormat format = this.element.format();
		if (format.isDate() || format.characters() != ValueFormat.Characters.DIGITS) {
			return;
		}
		BigDecimal plain = number.stripTrailingZeros();
		int scale = Math.max(plain.scale(), 0);
		int wholeDigits = Math.max(plain.precision() - plain.scale(), 1);
		if (scale > format.fraction()) {
			throw Problem.invalid("value.tooManyDecimals", number.toPlainString(), format.fraction());
		}
		if (wholeDigits > format.length() - format.fraction()) {
			throw Problem.invalid("value.tooManyDigits", number.toPlainString(), format.notation());
		}
	}

	private static LocalDate date(String value) {
		if (DIGITS.matcher(value).matches()) {
			if (value.length() == 8) {
				return compactDate(value);
			}
			// A day count as spreadsheets write dates has five digits for every day from
			// 1927 to 2173; four digits are a year, fewer or more no date anyone meant.
			if (value.length() == 4) {
				throw Problem.invalid("date.yearOnly", value);
			}
			if (value.length() != 5) {
				throw Problem.invalid("date.unreadable", value);
			}
			return excelSerial(value);
		}
		return Dates.parse(value);
	}

	private static LocalDate compactDate(String value) {
		try {
			return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
					Integer.parseInt(value.substring(6, 8)));
		}
		catch (DateTimeException ex) {
			throw Problem.invalid("date.impossible", value);
		}
	}

	/**
	 * A date as spreadsheets count them: days since 1899-12-30, where 60 stands for
	 * 1900-02-29, a day that never was (kept by spreadsheets for compatibility).
	 */
	static LocalDate excelSerial(String value) {
		long serial = Long.parseLong(value);
		if (serial == 60) {
			throw Problem.invalid("date.impossible", "1900-02-29");
		}
		if (serial < 1 || serial > MAX_EXCEL_SERIAL) {
			throw Problem.invalid("date.unreadable", value);
		}
		return EXCEL_EPOCH.plusDays((serial < 60) ? serial + 1 : serial);
	}

	private static Boolean bool(String value) {
		Boolean answer = BOOLEANS.get(value.toLowerCase(Locale.ROOT));
		if (answer == null) {
			throw Problem.invalid("value.boolean", value);
		}
		return answer;
	}

}
