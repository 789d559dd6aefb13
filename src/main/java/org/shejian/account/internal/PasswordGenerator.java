package org.shejian.account.internal;

import java.security.SecureRandom;

/**
 * Random passwords that meet the strength rules: 16 characters with lower and upper case,
 * digits and a symbol.
 */
public final class PasswordGenerator {

	private static final String[] CLASSES = { "abcdefghijkmnopqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789",
			"-_!#" };

	private final SecureRandom random = new SecureRandom();

	public String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			String characters = CLASSES[(i < CLASSES.length) ? i : this.random.nextInt(3)];
			password.append(characters.charAt(this.random.nextInt(characters.length())));
		}
		for (int i = password.length() - 1; i > 0; i--) {
			int j = this.random.nextInt(i + 1);
			char c = password.charAt(i);
			password.setCharAt(i, password.charAt(j));
			password.setCharAt(j, c);
		}
		return password.toString();
	}

}
