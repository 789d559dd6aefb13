package org.shejian.shared;

import java.text.Normalizer;

/**
 * Normalisation of text that comes from outside: full-width letters, digits and spaces
 * (１２３, ＡＢＣ, U+3000) become their ASCII forms, runs of white space become one space, and
 * the ends are trimmed.
 */
public final class Text {

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
		String folded = Normalizer.normalize(value, Normalizer.Form.NFKC);
		return folded.replaceAll("[\\s\\u00A0\\u3000\\uFEFF]+", " ").strip();
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
	 * Returns {@code true} when the value is {@code null} or holds only white space.
	 */
	public static boolean isBlank(String value) {
		String normalised = normalise(value);
		return normalised == null || normalised.isEmpty();
	}

}
