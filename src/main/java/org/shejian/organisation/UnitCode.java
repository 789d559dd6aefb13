package org.shejian.organisation;

import java.util.regex.Pattern;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * A national statistical division code as the national files write it (11, 1101, 110101,
 * 110101001, 110101001001) together with its 12-digit padded form (110101000000).
 *
 * @param code the code as written, 2, 4, 6, 9 or 12 digits
 */
public record UnitCode(String code) {

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(\\.\\d+)?[eE][+]?\\d+");

	private static final Pattern DECIMAL_ZERO = Pattern.compile("(\\d+)\\.0+");

	public UnitCode {
		if (code == null || !DIGITS.matcher(code).matches() || !isCodeLength(code.length())) {
			throw new IllegalArgumentException("Not a division code: " + code);
		}
	}

	/**
	 * Reads a code as a person or a spreadsheet wrote it: full-width digits and spaces
	 * are normalised, an Excel decimal such as {@code 110101.0} is read as its integer,
	 * and the 12-digit padded form is shortened to the form of its level.
	 * @throws Problem (400) naming the character, the length or the notation that is
	 * wrong
	 */
	public static UnitCode parse(String raw) {
		String text = Text.compact(raw);
		if (text == null || text.isEmpty()) {
			throw Problem.invalid("code.missing");
		}
		if (SCIENTIFIC.matcher(text).matches()) {
			throw Problem.invalid("code.scientific", text);
		}
		var decimal = DECIMAL_ZERO.matcher(text);
		if (decimal.matches()) {
			text = decimal.group(1);
		}
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
				throw Problem.invalid("code.character", text, String.valueOf(text.charAt(i)), i + 1);
			}
		}
		if (text.length() == 12) {
			return new UnitCode(shorten(text));
		}
		if (!isCodeLength(text.length())) {
			throw Problem.invalid("code.length", text, text.length());
		}
		return new UnitCode(text);
	}

	/**
	 * Returns the code of the unit whose numeric id (the padded code as a number) is
	 * given.
	 */
	public static UnitCode ofId(long id) {
		return new UnitCode(shorten(String.format("%012d", id)));
	}

	private static String shorten(String padded) {
		if (!padded.endsWith("000")) {
			return padded;
		}
		String township = padded.substring(0, 9);
		if (!township.endsWith("000")) {
			return township;
		}
		for (int length = 6; length >= 2; length -= 2) {
			if (!padded.substring(0, length).endsWith("00")) {
				return padded.substring(0, length);
			}
		}
		throw Problem.invalid("code.zero", padded);
	}

	private static boolean isCodeLength(int length) {
		return length == 2 || length == 4 || length == 6 || length == 9 || length == 12;
	}

	public UnitLevel level() {
		return UnitLevel.ofCodeLength(this.code.length());
	}

	/** The 12-digit padded form, as the national rules define the full code. */
	public String padded() {
		return (this.code + "000000000000").substring(0, 12);
	}

	/** The padded code as a number: the unit's id in the registry. */
	public long id() {
		return Long.parseLong(padded());
	}

	/** The first {@code length} digits: the code of the ancestor at that level. */
	public String prefix(int length) {
		return this.code.substring(0, length);
	}

	/** The digits of one segment, such as 7–9 for the township, as a number. */
	public int segment(int from, int to) {
		return Integer.parseInt(this.code.substring(from, to));
	}

	@Override
	public String toString() {
		return this.code;
	}

}
