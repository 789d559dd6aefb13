package org.shejian.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shejian.requests.Open311Key;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The keys of Open311 applications, kept as hashes.
 */
@Repository
public class ApiKeyRepository {

	private static final String KEY = "SELECT id, application, key_prefix, issued_by, issued_at, revoked_by, revoked_at"
			+ " FROM req_api_key";

	private final JdbcClient jdbc;

	ApiKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String application, String hash, String prefix, String issuedBy, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO req_api_key (application, key_hash, key_prefix, issued_by, issued_at)"
					+ " VALUES (?, ?, ?, ?, ?)")
			.params(application, hash, prefix, issuedBy, Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public List<Open311Key> all() {
		return this.jdbc.sql(KEY + " ORDER BY id DESC").query(ApiKeyRepository::key).list();
	}

	public Optional<Open311Key> find(long id) {
		return this.jdbc.sql(KEY + " WHERE id = ?").param(id).query(ApiKeyRepository::key).optional();
	}

	public Optional<Open311Key> byHash(String hash) {
		return this.jdbc.sql(KEY + " WHERE key_hash = ?").param(hash).query(ApiKeyRepository::key).optional();
	}

	public boolean revoke(long id, String by, Instant now) {
		return this.jdbc
			.sql("UPDATE req_api_key SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
			.params(by, Timestamp.from(now), id)
			.update() == 1;
	}

	private static Open311Key key(ResultSet rs, int row) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new Open311Key(rs.getLong("id"), rs.getString("application"), rs.getString("key_prefix"),
				rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(), rs.getString("revoked_by"),
				(revoked != null) ? revoked.toInstant() : null);
	}

}
