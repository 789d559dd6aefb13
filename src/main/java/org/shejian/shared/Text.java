package org.shejian.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalisation of text that comes from outside: full-width letters, digits and spaces
 * (１２３, ＡＢＣ, U+3000) become their ASCII forms, runs of white space become one space, and
 * the ends are trimmed.
 */
public final class Text {

	/** White space of every kind: a run of it becomes one space. */
	private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\uFEFF]+");

	private Text() {
	}

	/**
	 * Returns the normalised form of {@code value}, or {@code null} when it is
	 * {@code null}.
	 */
	public static String normalise(String value) {
		if (value == null) {
			return null;
		}
		if (isPlainAscii(value)) {
			return value;
		}
		String folded = Normalizer.normalize(value, Normalizer.Form.NFKC);
		return WHITE_SPACE.matcher(folded).replaceAll(" ").strip();
	}

	/**
	 * Returns the normalised form with every space removed, as identifiers and codes are
	 * written.
	 */
	public static String compact(String value) {
		String normalised = normalise(value);
		return (normalised != null) ? normalised.replace(" ", "") : null;
	}

	/**
	 * Checks a name from outside after normalising it: present, at most {@code maxLength}
	 * characters (counted as characters, so that rare characters and emoji outside the
	 * Basic Multilingual Plane count once), and free of control and
	 * bidirectional-override characters.
	 * @return the normalised name
	 * @throws Problem (400) naming the rule broken, or the invisible character and its
	 * position
	 */
	public static String name(String value, int maxLength) {
		return checkedLine(normalise(value), maxLength);
	}

	/**
	 * Checks a title from outside (of an article, a map entry, a campaign, a layer): kept
	 * as written, full-width punctuation such as ：，（） included, only composed (NFC),
	 * every run of white space or line breaks made one space and the ends trimmed; then
	 * the rules of {@link #name}.
	 * @return the title
	 * @throws Problem (400) naming the rule broken, or the invisible character and its
	 * position
	 */
	public static String title(String value, int maxLength) {
		if (value == null) {
			return checkedLine(null, maxLength);
		}
		String composed = Normalizer.normalize(value, Normalizer.Form.NFC);
		return checkedLine(WHITE_SPACE.matcher(composed).replaceAll(" ").strip(), maxLength);
	}

	private static String checkedLine(String text, int maxLength) {
		if (text == null || text.isEmpty()) {
			throw Problem.invalid("name.missing");
		}
		int length = text.codePointCount(0, text.length());
		if (length > maxLength) {
			throw Problem.invalid("text.tooLong", maxLength);
		}
		refuseInvisibleControls(text);
		return text;
	}

	/**
	 * Refuses a value holding a control character (the null character, a bell, an escape,
	 * ...) or a mark that reverses the direction of text: nobody types them, and they
	 * hide or disguise what a value says.
	 * @throws Problem (400) naming the character and its position, counted in characters
	 */
	public static void refuseInvisibleControls(String text) {
		int position = 0;
		for (int offset = 0; offset < text.length();) {
			int c = text.codePointAt(offset);
			position++;
			if ((c < 0x20 || c >= 0x7F) && isInvisibleControl(c)) {
				throw Problem.invalid("text.control", String.format("U+%04X", c), position);
			}
			offset += Character.charCount(c);
		}
	}

	/**
	 * Checks running text from outside (an abstract, a comment, a condition): kept as
	 * written, full-width punctuation and line breaks included, only composed (NFC), its
	 * line ends unified and its ends trimmed; at most {@code maxLength} characters and
	 * free of control characters other than line breaks and tabs.
	 * @return the text, or {@code null} when blank
	 * @throws Problem (400) naming the rule broken
	 */
	public static String prose(String value, int maxLength) {
		if (value == null) {
			return null;
		}
		String text = Normalizer.normalize(value, Normalizer.Form.NFC)
			.replace("\r\n", "\n")
			.replace('\r', '\n')
			.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.codePointCount(0, text.length()) > maxLength) {
			throw Problem.invalid("text.tooLong", maxLength);
		}
		int position = 0;
		for (int offset = 0; offset < text.length();) {
			int c = text.codePointAt(offset);
			position++;
			if (c != '\n' && c != '\t' && isInvisibleControl(c)) {
				throw Problem.invalid("text.control", String.format("U+%04X", c), position);
			}
			offset += Character.charCount(c);
		}
		return text;
	}

	/**
	 * Whether a character is one nobody sees: a control character, or a mark that changes
	 * the direction of text.
	 */
	static boolean isInvisibleControl(int c) {
		return Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
				|| c == 0x200E || c == 0x200F;
	}

	/**
	 * Returns {@code true} when the value is {@code null} or holds only white space.
	 */
	public static boolean isBlank(String value) {
		String normalised = normalise(value);
		return normalised == null || normalised.isEmpty();
	}

	/**
	 * Whether the value is printable ASCII without spaces at its ends or runs of spaces,
	 * so that normalising it changes nothing (the common case of codes and numbers,
	 * checked without the cost of Unicode normalisation).
	 */
	private static boolean isPlainAscii(String value) {
		int length = value.length();
		if (length == 0 || value.charAt(0) == ' ' || value.charAt(length - 1) == ' ') {
			return false;
		}
		char previous = 'x';
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c > 0x7E || (c == ' ' && previous == ' ')) {
				return false;
			}
			previous = c;
		}
		return true;
	}

}
