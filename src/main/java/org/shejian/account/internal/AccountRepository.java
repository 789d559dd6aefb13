package org.shejian.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.shejian.account.Account;
import org.shejian.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Accounts in the database.
 */
@Repository
public class AccountRepository {

	private static final String SELECT = "SELECT id, username, display_name, unit_id, must_change_password,"
			+ " failed_attempts, locked_until, enabled, version FROM acc_user";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Account> findByUsername(String username) {
		return this.jdbc.sql(SELECT + " WHERE username = ?").param(username).query(this::map).optional();
	}

	public Optional<Account> findById(long id) {
		return this.jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::map).optional();
	}

	public Optional<String> passwordHash(String username) {
		return this.jdbc.sql("SELECT password_hash FROM acc_user WHERE username = ?")
			.param(username)
			.query(String.class)
			.optional();
	}

	/** Accounts whose unit lies in the subtree of the unit at the given depth. */
	public List<Account> within(long unitId, int depth, int offset, int limit) {
		return this.jdbc
			.sql(SELECT + " WHERE unit_id IN (SELECT id FROM org_unit WHERE anc" + depth + " = ?)"
					+ " ORDER BY username LIMIT ? OFFSET ?")
			.params(unitId, limit, offset)
			.query(this::map)
			.list();
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM acc_user").query(Long.class).single();
	}

	public long insert(String username, String displayName, String hash, long unitId, boolean mustChange, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO acc_user (username, display_name, password_hash, unit_id, must_change_password,"
					+ " failed_attempts, enabled, created_at, version) VALUES (?, ?, ?, ?, ?, 0, TRUE, ?, 0)")
			.params(username, displayName, hash, unitId, mustChange, Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void setRoles(long userId, Set<Role> roles) {
		this.jdbc.sql("DELETE FROM acc_user_role WHERE user_id = ?").param(userId).update();
		for (Role role : roles) {
			this.jdbc.sql("INSERT INTO acc_user_role (user_id, role) VALUES (?, ?)")
				.params(userId, role.name())
				.update();
		}
	}

	public boolean update(Account account) {
		return this.jdbc
			.sql("UPDATE acc_user SET display_name = ?, unit_id = ?, enabled = ?, version = version + 1"
					+ " WHERE id = ? AND version = ?")
			.params(account.displayName(), account.unitId(), account.enabled(), account.id(), account.version())
			.update() == 1;
	}

	public void setPassword(long userId, String hash, boolean mustChange) {
		this.jdbc
			.sql("UPDATE acc_user SET password_hash = ?, must_change_password = ?, version = version + 1 WHERE id = ?")
			.params(hash, mustChange, userId)
			.update();
	}

	public void recordFailure(String username, int maxFailures, Instant lockedUntil) {
		this.jdbc.sql("UPDATE acc_user SET failed_attempts = failed_attempts + 1 WHERE username = ?")
			.param(username)
			.update();
		this.jdbc.sql(
				"UPDATE acc_user SET locked_until = ?, failed_attempts = 0 WHERE username = ? AND failed_attempts >= ?")
			.params(Timestamp.from(lockedUntil), username, maxFailures)
			.update();
	}

	public void recordSuccess(String username) {
		this.jdbc.sql("UPDATE acc_user SET failed_attempts = 0, locked_until = NULL WHERE username = ?")
			.param(username)
			.update();
	}

	public void unlock(long userId) {
		this.jdbc.sql("UPDATE acc_user SET failed_attempts = 0, locked_until = NULL WHERE id = ?")
			.param(userId)
			.update();
	}

	private Account map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		Timestamp locked = rs.getTimestamp("locked_until");
		return new Account(id, rs.getString("username"), rs.getString("display_name"), rs.getLong("unit_id"), roles(id),
				rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
				(locked != null) ? locked.toInstant() : null, rs.getBoolean("enabled"), rs.getInt("version"));
	}

	private Set<Role> roles(long userId) {
		List<String> names = this.jdbc.sql("SELECT role FROM acc_user_role WHERE user_id = ?")
			.param(userId)
			.query(String.class)
			.list();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		names.forEach((name) -> roles.add(Role.valueOf(name)));
		return roles;
	}

}
