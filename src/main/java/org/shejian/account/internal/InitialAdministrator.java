package org.shejian.account.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import org.shejian.account.AccountProperties;
import org.shejian.account.PasswordPolicy;
import org.shejian.audit.AuditLog;
import org.shejian.organisation.Unit;
import org.shejian.organisation.Units;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start, creates one system administrator in the root unit. The password
 * comes from {@code SHEJIAN_ADMIN_PASSWORD} or is generated and logged once; either way
 * it must be changed at the first sign-in.
 */
@Component
class InitialAdministrator extends StartupTask {

	private static final Logger logger = LoggerFactory.getLogger(InitialAdministrator.class);

	private final AccountRepository accounts;

	private final Units units;

	private final PasswordEncoder encoder;

	private final AccountProperties properties;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final MessageSource messages;

	InitialAdministrator(AccountRepository accounts, Units units, PasswordEncoder encoder, AccountProperties properties,
			AuditLog audit, TransactionTemplate transactions, Clock clock, MessageSource messages) {
		super(BEFORE_WEB_SERVER + 1);
		this.accounts = accounts;
		this.units = units;
		this.encoder = encoder;
		this.properties = properties;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.messages = messages;
	}

	@Override
	protected void run() {
		if (this.accounts.count() > 0) {
			return;
		}
		Unit root = this.units.roots().stream().findFirst().orElse(null);
		if (root == null) {
			logger.warn("No organisation unit yet: the first system administrator is created after an import");
			return;
		}
		String username = this.properties.initialAdminUsername();
		String given = this.properties.initialAdminPassword();
		boolean generated = given == null || given.isBlank();
		String password = generated ? new PasswordGenerator().generate() : given;
		if (!generated) {
			try {
				PasswordPolicy.check(username, password);
			}
			catch (Problem ex) {
				throw new IllegalStateException(
						"SHEJIAN_ADMIN_PASSWORD: " + ex.text(this.messages, Locale.getDefault()), ex);
			}
		}
		this.transactions.executeWithoutResult((status) -> {
			long id = this.accounts.insert(username, "System administrator", this.encoder.encode(password), root.id(),
					true, this.clock.instant());
			this.accounts.setRoles(id, EnumSet.of(Role.SYSTEM_ADMIN));
			this.audit.record("account.create", "account:" + username, root.id(), null,
					Map.of("roles", "SYSTEM_ADMIN", "unit", root.code()));
		});
		if (generated) {
			logger.warn("Created the system administrator '{}' with the one-time password: {}"
					+ " (shown only now; it must be changed at the first sign-in)", username, password);
		}
		else {
			logger.info("Created the system administrator '{}' with the password from SHEJIAN_ADMIN_PASSWORD",
					username);
		}
	}

}
