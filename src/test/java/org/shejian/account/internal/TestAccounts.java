package org.shejian.account.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.shejian.organisation.UnitCode;
import org.shejian.shared.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates accounts for tests, each with a unique name and a known password, and the
 * principal a signed-in request carries.
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "Test-Password-2026!";

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	TestAccounts(AccountRepository accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	/**
	 * An account in the unit with the given code, holding the given roles, that need not
	 * change its password.
	 */
	public AccountPrincipal create(String unitCode, Role first, Role... more) {
		String username = first.name().toLowerCase().replace('_', '-') + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		long id = this.accounts.insert(username, username, this.encoder.encode(PASSWORD), UnitCode.parse(unitCode).id(),
				false, Instant.now());
		this.accounts.setRoles(id, EnumSet.of(first, more));
		return new AccountPrincipal(this.accounts.findById(id).orElseThrow(), null, false);
	}

}
