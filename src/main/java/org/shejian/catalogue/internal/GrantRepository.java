package org.shejian.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shejian.catalogue.Grant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Access grants and the log of API calls in the database.
 */
@Repository
public class GrantRepository {

	private static final String GRANT = "SELECT g.id, r.identifier, r.name, g.applicant_id, g.applicant_unit_id,"
			+ " g.partner, g.purpose, g.state, g.decided_by, g.decided_at, g.decision_note, g.expires_at, g.key_prefix,"
			+ " g.created_at, g.version, r.id AS resource_id, r.provider_unit_id FROM cat_grant g"
			+ " JOIN cat_resource r ON r.id = g.resource_id";

	private final JdbcClient jdbc;

	GrantRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A grant with the ids needed to check who may decide on it. */
	public record Stored(Grant grant, long resourceId, long providerUnitId) {
	}

	public long insert(long resourceId, long applicantId, long applicantUnitId, String partner, String purpose,
			Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO cat_grant (resource_id, applicant_id, applicant_unit_id, partner, purpose, state,"
					+ " created_at, version) VALUES (?, ?, ?, ?, ?, 'APPLIED', ?, 0)")
			.params(resourceId, applicantId, applicantUnitId, partner, purpose, Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<Stored> find(long id) {
		return this.jdbc.sql(GRANT + " WHERE g.id = ?").param(id).query(GrantRepository::stored).optional();
	}

	public Optional<Stored> byKeyHash(String hash) {
		return this.jdbc.sql(GRANT + " WHERE g.key_hash = ?").param(hash).query(GrantRepository::stored).optional();
	}

	public List<Stored> all() {
		return this.jdbc.sql(GRANT + " ORDER BY g.created_at DESC, g.id DESC").query(GrantRepository::stored).list();
	}

	/**
	 * @return whether the grant was still at the expected version
	 */
	public boolean decide(long id, Grant.State state, String by, Instant at, String note, Instant expiresAt,
			String keyHash, String keyPrefix, int version) {
		return this.jdbc.sql("UPDATE cat_grant SET state = ?, decided_by = ?, decided_at = ?, decision_note = ?,"
				+ " expires_at = ?, key_hash = ?, key_prefix = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(state.name(), by, Timestamp.from(at), note, (expiresAt != null) ? Timestamp.from(expiresAt) : null,
					keyHash, keyPrefix, id, version)
			.update() == 1;
	}

	public void logCall(long resourceId, Long grantId, String account, Instant at, int status, int rows, String query) {
		this.jdbc
			.sql("INSERT INTO cat_api_call (resource_id, grant_id, account, called_at, status, rows_returned,"
					+ " query) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(resourceId, grantId, account, Timestamp.from(at), status, rows, query)
			.update();
	}

	public long calls(long resourceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM cat_api_call WHERE resource_id = ?")
			.param(resourceId)
			.query(Long.class)
			.single();
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		Timestamp expires = rs.getTimestamp("expires_at");
		Grant grant = new Grant(rs.getLong("id"), rs.getString("identifier"), rs.getString("name"),
				rs.getLong("applicant_id"), rs.getLong("applicant_unit_id"), rs.getString("partner"),
				rs.getString("purpose"), Grant.State.valueOf(rs.getString("state")), rs.getString("decided_by"),
				(decided != null) ? decided.toInstant() : null, rs.getString("decision_note"),
				(expires != null) ? expires.toInstant() : null, rs.getString("key_prefix"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
		return new Stored(grant, rs.getLong("resource_id"), rs.getLong("provider_unit_id"));
	}

}
