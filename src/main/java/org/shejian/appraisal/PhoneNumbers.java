package org.shejian.appraisal;

import java.util.regex.Pattern;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * Mainland China mobile numbers as people write them: full-width digits folded, spaces,
 * dashes and brackets dropped, a leading {@code +86}, {@code 0086} or {@code 86} removed.
 */
public final class PhoneNumbers {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private PhoneNumbers() {
	}

	/**
	 * The 11-digit form of a mainland mobile number.
	 * @throws Problem (400) when it is missing or not such a number
	 */
	public static String normalise(String value) {
		String text = Text.compact(value);
		if (text == null || text.isEmpty()) {
			throw Problem.invalid("appraisal.phone.missing");
		}
		String digits = text.replaceAll("[-()（）.]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("0086")) {
			digits = digits.substring(4);
		}
		else if (digits.length() == 13 && digits.startsWith("86")) {
			digits = digits.substring(2);
		}
		if (!MOBILE.matcher(digits).matches()) {
			throw Problem.invalid("appraisal.phone.invalid");
		}
		return digits;
	}

	/** The number with its middle hidden, {@code 138****5678}. */
	public static String masked(String normalised) {
		return normalised.substring(0, 3) + "****" + normalised.substring(7);
	}

}
