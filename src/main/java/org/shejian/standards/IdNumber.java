package org.shejian.standards;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * Citizen identity numbers (GB 11643): six digits of the region of registration, eight of
 * the birth date, three of the sequence and a check character (ISO 7064 MOD 11-2, with
 * {@code X} for ten).
 */
public final class IdNumber {

	/**
	 * The province-level prefixes of GB/T 2260, with 71 (Taiwan) and 81/82 (Hong Kong,
	 * Macao).
	 */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82");

	private IdNumber() {
	}

	/**
	 * Normalises (full-width characters, spaces, lower-case x) and checks a number.
	 * @return the number with an upper-case check character
	 * @throws Problem (400) naming what is wrong: length, a character, the region, the
	 * birth date, or the check character, with a hint when the last digits look zeroed by
	 * a spreadsheet
	 */
	public static String validate(String raw) {
		String number = Text.compact(raw);
		if (number == null || number.isEmpty()) {
			throw Problem.invalid("idNumber.missing");
		}
		number = number.toUpperCase();
		if (number.length() != 18) {
			throw Problem.invalid("idNumber.length", number, number.length());
		}
		for (int i = 0; i < 17; i++) {
			if (!Character.isDigit(number.charAt(i)) || number.charAt(i) > '9') {
				throw Problem.invalid("idNumber.character", number, String.valueOf(number.charAt(i)), i + 1);
			}
		}
		char last = number.charAt(17);
		if (!(last >= '0' && last <= '9') && last != 'X') {
			throw Problem.invalid("idNumber.character", number, String.valueOf(last), 18);
		}
		if (!PROVINCES.contains(number.substring(0, 2))) {
			throw Problem.invalid("idNumber.region", number, number.substring(0, 6));
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
					Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
			if (birth.getYear() < 1850) {
				throw Problem.invalid("idNumber.birthDate", number, number.substring(6, 14));
			}
		}
		catch (DateTimeException ex) {
			throw Problem.invalid("idNumber.birthDate", number, number.substring(6, 14));
		}
		char expected = checkCharacter(number);
		if (last != expected) {
			if (number.endsWith("000")) {
				throw Problem.invalid("idNumber.zeroed", number);
			}
			throw Problem.invalid("idNumber.check", number, String.valueOf(last), String.valueOf(expected));
		}
		return number;
	}

	static char checkCharacter(String number) {
		int sum = 0;
		int weight = 1;
		for (int i = 16; i >= 0; i--) {
			weight = weight * 2 % 11;
			sum += (number.charAt(i) - '0') * weight;
		}
		int check = (12 - sum % 11) % 11;
		return (check == 10) ? 'X' : (char) ('0' + check);
	}

}
