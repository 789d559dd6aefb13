package org.shejian.account.internal;

import java.time.Clock;

import org.shejian.account.Account;
import org.shejian.account.AccountProperties;
import org.shejian.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every sign-in attempt in the audit log and counts failures towards a lockout.
 */
@Component
class SignInEvents {

	private static final Logger logger = LoggerFactory.getLogger(SignInEvents.class);

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final AccountProperties properties;

	private final Clock clock;

	SignInEvents(AccountRepository accounts, AuditLog audit, AccountProperties properties, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		String username = event.getAuthentication().getName();
		this.accounts.recordSuccess(username);
		Long unit = this.accounts.findByUsername(username).map(Account::unitId).orElse(null);
		this.audit.recordLogin(username, unit, true, null, from(event.getAuthentication()));
	}

	@EventListener
	@Transactional
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		String reason = event.getException().getClass().getSimpleName();
		Long unit = this.accounts.findByUsername(username).map(Account::unitId).orElse(null);
		if (unit != null) {
			this.accounts.recordFailure(username, this.properties.maxFailures(),
					this.clock.instant().plus(this.properties.lockFor()));
		}
		logger.warn("Sign-in failed for {}: {}", username, reason);
		this.audit.recordLogin(username, unit, false, reason, from(event.getAuthentication()));
	}

	private static String from(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "-";
	}

}
