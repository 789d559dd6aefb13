package org.shejian.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shejian.account.AccountProperties;
import org.shejian.audit.AuditLog;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitKind;
import org.shejian.organisation.UnitLevel;
import org.shejian.organisation.Units;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The first system administrator's given password must meet the rules, and the start says
 * which rule it breaks in words, not by a message key.
 */
class InitialAdministratorTests {

	private final Locale before = Locale.getDefault();

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(this.before);
	}

	@Test
	void aGivenPasswordBreakingTheRulesStopsTheStartSayingWhichRule() {
		AccountRepository accounts = mock(AccountRepository.class);
		TransactionTemplate transactions = mock(TransactionTemplate.class);
		Locale.setDefault(Locale.ENGLISH);

		assertThatIllegalStateException().isThrownBy(() -> administrator(accounts, transactions, "admin").run())
			.withMessageStartingWith("SHEJIAN_ADMIN_PASSWORD: ")
			.withMessageContaining("at least 12 characters")
			.withMessageNotContaining("password.short");
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		assertThatIllegalStateException()
			.isThrownBy(() -> administrator(accounts, transactions, "abcdefghijklmnop").run())
			.withMessageStartingWith("SHEJIAN_ADMIN_PASSWORD: ")
			.withMessageNotContaining("password.");
		verify(transactions, never()).executeWithoutResult(any());
	}

	private static InitialAdministrator administrator(AccountRepository accounts, TransactionTemplate transactions,
			String password) {
		Units units = mock(Units.class);
		when(units.roots()).thenReturn(List.of(new Unit(1, "11", "北京市", "北京市", UnitLevel.PROVINCIAL,
				UnitKind.MUNICIPALITY, null, 0, null, null, null, 0)));
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new InitialAdministrator(accounts, units, NoOpPasswordEncoder.getInstance(),
				new AccountProperties(5, Duration.ofMinutes(15), password, "sysadmin"), mock(AuditLog.class),
				transactions, Clock.systemUTC(), messages);
	}

}
