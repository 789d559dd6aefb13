package org.shejian.standards;

import java.util.Locale;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * The unified social credit code (GB 32100-2015): 18 characters over
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}, the last a check character. Positions 9–17 are
 * the old organisation code (GB 11714).
 */
public final class CreditCode {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private CreditCode() {
	}

	/**
	 * Normalises (full-width characters, spaces, lower case) and checks a code.
	 * @return the normalised code
	 * @throws Problem (400) naming the wrong character and its position, the wrong
	 * length, or the expected check character
	 */
	public static String validate(String raw) {
		String code = normalise(raw);
		if (code.length() != 18) {
			throw Problem.invalid("creditCode.length", code, code.length());
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(code.charAt(i));
			if (value < 0) {
				throw Problem.invalid("creditCode.character", code, String.valueOf(code.charAt(i)), i + 1);
			}
			sum += value * weight(i);
		}
		if (ALPHABET.indexOf(code.charAt(17)) < 0) {
			throw Problem.invalid("creditCode.character", code, String.valueOf(code.charAt(17)), 18);
		}
		char expected = ALPHABET.charAt((31 - sum % 31) % 31);
		if (code.charAt(17) != expected) {
			throw Problem.invalid("creditCode.check", code, String.valueOf(code.charAt(17)), String.valueOf(expected));
		}
		return code;
	}

	private static int weight(int index) {
		int weight = 1;
		for (int i = 0; i < index; i++) {
			weight = weight * 3 % 31;
		}
		return weight;
	}

	static String normalise(String raw) {
		String code = Text.compact(raw);
		if (code == null || code.isEmpty()) {
			throw Problem.invalid("creditCode.missing");
		}
		return code.toUpperCase(Locale.ROOT);
	}

	/** The registering department (position 1), such as 5 for civil affairs. */
	public static char department(String code) {
		return code.charAt(0);
	}

	/** The category within the department (position 2). */
	public static char category(String code) {
		return code.charAt(1);
	}

}
