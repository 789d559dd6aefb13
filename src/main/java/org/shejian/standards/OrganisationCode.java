package org.shejian.standards;

import java.util.Locale;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * The organisation code of GB 11714: eight digits or capital letters and a check
 * character (0–9 or X). An optional hyphen before the check character
 * ({@code 12345678-9}) is accepted.
 */
public final class OrganisationCode {

	private static final int[] WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private OrganisationCode() {
	}

	/**
	 * @return the normalised nine-character code
	 * @throws Problem (400) naming the wrong character, the wrong length or the expected
	 * check character
	 */
	public static String validate(String raw) {
		String code = Text.compact(raw);
		if (code == null || code.isEmpty()) {
			throw Problem.invalid("organisationCode.missing");
		}
		code = code.toUpperCase(Locale.ROOT);
		if (code.length() == 10 && code.charAt(8) == '-') {
			code = code.substring(0, 8) + code.charAt(9);
		}
		if (code.length() != 9) {
			throw Problem.invalid("organisationCode.length", code, code.length());
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = code.charAt(i);
			int value = (c >= '0' && c <= '9') ? c - '0' : (c >= 'A' && c <= 'Z') ? c - 'A' + 10 : -1;
			if (value < 0) {
				throw Problem.invalid("organisationCode.character", code, String.valueOf(c), i + 1);
			}
			sum += value * WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		char expected = (check == 10) ? 'X' : (check == 11) ? '0' : (char) ('0' + check);
		if (code.charAt(8) != expected) {
			throw Problem.invalid("organisationCode.check", code, String.valueOf(code.charAt(8)),
					String.valueOf(expected));
		}
		return code;
	}

}
