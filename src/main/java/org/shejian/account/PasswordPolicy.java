package org.shejian.account;

import java.util.Locale;
import java.util.Set;

import org.shejian.shared.Problem;

/**
 * Strength rules for passwords: at least 12 characters, at least three of lower case,
 * upper case, digits and other characters, not containing the user name, and not one of
 * the commonest passwords.
 */
public final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiop12", "admin1234567",
			"password@123", "p@ssw0rd1234", "1qaz2wsx3edc", "abc123456789", "woaini123456", "iloveyou1234");

	private PasswordPolicy() {
	}

	/**
	 * @throws Problem (400) naming the rule the password breaks
	 */
	public static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw Problem.invalid("password.short", MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			throw Problem.invalid("password.long", MAX_LENGTH);
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch((c) -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			throw Problem.invalid("password.classes");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			throw Problem.invalid("password.username");
		}
		if (COMMON.contains(lower)) {
			throw Problem.invalid("password.common");
		}
	}

}
