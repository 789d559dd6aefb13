package org.shejian.account.internal;

import java.util.List;
import java.util.Map;

import org.shejian.account.Account;
import org.shejian.audit.AuditLog;
import org.shejian.shared.Command;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code reset-password USERNAME}: the way back into any account, the separated duties'
 * included, for whoever runs the platform on its server. Prints a one-time password that
 * must be changed at the next sign-in, unlocks the account, and records the reset in the
 * audit log.
 */
@Component
class ResetPasswordCommand implements Command {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	ResetPasswordCommand(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit,
			TransactionTemplate transactions) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.transactions = transactions;
	}

	@Override
	public String name() {
		return "reset-password";
	}

	@Override
	public String usage() {
		return "reset-password USERNAME";
	}

	@Override
	public int run(List<String> arguments) {
		if (arguments.size() != 1) {
			System.err.println("usage: " + usage());
			return 64;
		}
		Account account = this.accounts.findByUsername(arguments.get(0)).orElse(null);
		if (account == null) {
			System.err.println("No account named " + arguments.get(0));
			return 1;
		}
		String password = new PasswordGenerator().generate();
		this.transactions.executeWithoutResult((status) -> {
			this.accounts.setPassword(account.id(), this.encoder.encode(password), true);
			this.accounts.unlock(account.id());
			this.audit.record("account.resetPassword", "account:" + account.username(), account.unitId(), null,
					Map.of("by", "command line"));
		});
		System.out.printf("Password of %s reset. One-time password: %s (must be changed at the next sign-in)%n",
				account.username(), password);
		return 0;
	}

}
