package org.shejian.account.internal;

import java.time.Clock;

import org.shejian.account.Account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for sign-in; an account inside its lockout period reports itself locked.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		String hash = this.accounts.passwordHash(username).orElseThrow();
		return new AccountPrincipal(account, hash, account.lockedAt(this.clock.instant()));
	}

}
