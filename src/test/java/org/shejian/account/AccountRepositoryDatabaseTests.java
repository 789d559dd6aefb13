package org.shejian.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountRepository;
import org.shejian.organisation.UnitCode;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account persistence: roles, lockout counting, scoped listing, password and version
 * changes.
 */
@Tag("database")
@Transactional
class AccountRepositoryDatabaseTests extends PlatformTestSupport {

	@Autowired
	AccountRepository accounts;

	@Test
	void storesRolesAndListsAccountsWithinASubtree() {
		long dongcheng = create("repo-dongcheng", "110101001", Role.STREET_ADMIN);
		create("repo-xicheng", "110102001", Role.STREET_ADMIN);

		assertThat(this.accounts.findById(dongcheng).orElseThrow().roles()).containsExactly(Role.STREET_ADMIN);
		assertThat(this.accounts.within(UnitCode.parse("110101").id(), 1, 0, 100)).extracting(Account::username)
			.contains("repo-dongcheng")
			.doesNotContain("repo-xicheng");
	}

	@Test
	void locksAfterTheConfiguredFailuresAndUnlocksOnSuccess() {
		long id = create("repo-lock", "110101", Role.DISTRICT_ADMIN);
		Instant until = Instant.now().plus(15, ChronoUnit.MINUTES);

		for (int i = 0; i < 4; i++) {
			this.accounts.recordFailure("repo-lock", 5, until);
		}
		assertThat(this.accounts.findById(id).orElseThrow().lockedUntil()).isNull();
		this.accounts.recordFailure("repo-lock", 5, until);
		Account locked = this.accounts.findById(id).orElseThrow();
		this.accounts.recordSuccess("repo-lock");

		assertThat(locked.lockedAt(Instant.now())).isTrue();
		assertThat(this.accounts.findById(id).orElseThrow().lockedUntil()).isNull();
		assertThat(this.accounts.findById(id).orElseThrow().failedAttempts()).isZero();
	}

	@Test
	void passwordChangeRaisesTheVersion() {
		long id = create("repo-password", "110101", Role.DISTRICT_ADMIN);
		int before = this.accounts.findById(id).orElseThrow().version();

		this.accounts.setPassword(id, "{noop}x", false);

		assertThat(this.accounts.findById(id).orElseThrow().version()).isEqualTo(before + 1);
		assertThat(this.accounts.passwordHash("repo-password")).contains("{noop}x");
	}

	@Test
	void staleUpdateChangesNothing() {
		long id = create("repo-stale", "110101", Role.DISTRICT_ADMIN);
		Account account = this.accounts.findById(id).orElseThrow();

		assertThat(this.accounts.update(account)).isTrue();
		assertThat(this.accounts.update(account)).isFalse();
	}

	private long create(String username, String unit, Role role) {
		long id = this.accounts.insert(username, username, "{noop}secret", UnitCode.parse(unit).id(), false,
				Instant.now());
		this.accounts.setRoles(id, EnumSet.of(role));
		return id;
	}

}
