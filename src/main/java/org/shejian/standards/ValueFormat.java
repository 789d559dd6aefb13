package org.shejian.standards;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shejian.shared.Problem;

/**
 * A value format in the notation of the data-element standards: a character class
 * ({@code a} letters, {@code n} digits, {@code an} letters and digits, {@code c} any
 * character), {@code ..} for "up to", the length, and for decimals the number of digits
 * after the point: {@code c..200}, {@code an18}, {@code n..10}, {@code n..12,4}. Dates
 * use {@code YYYY-MM-DD}.
 *
 * @param characters the character class, or {@code null} for a date format
 * @param variable whether the length is a maximum rather than exact
 * @param length the (maximum) length; for numbers, the total of digits
 * @param fraction the digits allowed after the decimal point
 */
public record ValueFormat(Characters characters, boolean variable, int length, int fraction) {

	/** The date format. */
	public static final String DATE = "YYYY-MM-DD";

	private static final Pattern NOTATION = Pattern.compile("(an|a|n|c)(\\.\\.)?([1-9]\\d{0,4})(?:,(\\d{1,2}))?");

	/** The character classes of the notation. */
	public enum Characters {

		LETTERS("a"), DIGITS("n"), LETTERS_AND_DIGITS("an"), ANY("c");

		private final String symbol;

		Characters(String symbol) {
			this.symbol = symbol;
		}

		boolean admits(int codePoint) {
			return switch (this) {
				case LETTERS -> codePoint < 128 && Character.isLetter(codePoint);
				case DIGITS -> codePoint >= '0' && codePoint <= '9';
				case LETTERS_AND_DIGITS -> codePoint < 128 && Character.isLetterOrDigit(codePoint);
				case ANY -> true;
			};
		}

	}

	/**
	 * @throws Problem (400) when the notation cannot be read
	 */
	public static ValueFormat parse(String notation) {
		String text = (notation != null) ? notation.strip() : "";
		if (text.equalsIgnoreCase(DATE)) {
			return new ValueFormat(null, false, 10, 0);
		}
		Matcher matcher = NOTATION.matcher(text);
		if (!matcher.matches()) {
			throw Problem.invalid("standards.format.unreadable", text);
		}
		Characters characters = switch (matcher.group(1)) {
			case "a" -> Characters.LETTERS;
			case "n" -> Characters.DIGITS;
			case "an" -> Characters.LETTERS_AND_DIGITS;
			default -> Characters.ANY;
		};
		int length = Integer.parseInt(matcher.group(3));
		int fraction = (matcher.group(4) != null) ? Integer.parseInt(matcher.group(4)) : 0;
		if (fraction > 0 && (characters != Characters.DIGITS || fraction >= length)) {
			throw Problem.invalid("standards.format.unreadable", text);
		}
		return new ValueFormat(characters, matcher.group(2) != null, length, fraction);
	}

	public boolean isDate() {
		return this.characters == null;
	}

	/** The notation this format was read from. */
	public String notation() {
		if (isDate()) {
			return DATE;
		}
		return this.characters.symbol + (this.variable ? ".." : "") + this.length
				+ ((this.fraction > 0) ? "," + this.fraction : "");
	}

	/**
	 * Checks the characters and length of a text value (counted in characters, not
	 * bytes).
	 * @throws Problem (400) naming the value and what is wrong
	 */
	void checkText(String value) {
		int count = value.codePointCount(0, value.length());
		if (this.variable ? count > this.length : count != this.length) {
			throw Problem.invalid(this.variable ? "value.tooLong" : "value.length", value, count, this.length);
		}
		for (int i = 0; i < value.length();) {
			int c = value.codePointAt(i);
			if (!this.characters.admits(c)) {
				throw Problem.invalid("value.characters", value, Character.toString(c), notation());
			}
			i += Character.charCount(c);
		}
	}

	@Override
	public String toString() {
		return notation();
	}

}
