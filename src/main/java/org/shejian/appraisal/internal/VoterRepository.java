package org.shejian.appraisal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time codes and voter tokens, both kept as hashes and keyed by the voter's
 * pseudonym; never a phone number.
 */
@Repository
public class VoterRepository {

	private final JdbcClient jdbc;

	VoterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new code for the voter; earlier unused codes stop counting. */
	public void insertCode(String voter, String codeHash, Instant now, Instant expiresAt) {
		this.jdbc.sql("UPDATE apr_code SET used_at = ? WHERE voter = ? AND used_at IS NULL")
			.params(Timestamp.from(now), voter)
			.update();
		this.jdbc
			.sql("INSERT INTO apr_code (voter, code_hash, created_at, expires_at, attempts) VALUES (?, ?, ?, ?, 0)")
			.params(voter, codeHash, Timestamp.from(now), Timestamp.from(expiresAt))
			.update();
	}

	/** The voter's latest unused code. */
	public Optional<Code> latestCode(String voter) {
		return this.jdbc
			.sql("SELECT id, code_hash, expires_at, attempts FROM apr_code WHERE voter = ? AND used_at IS NULL"
					+ " ORDER BY id DESC")
			.param(voter)
			.query((rs, row) -> new Code(rs.getLong("id"), rs.getString("code_hash"),
					rs.getTimestamp("expires_at").toInstant(), rs.getInt("attempts")))
			.list()
			.stream()
			.findFirst();
	}

	/** Counts a failed attempt when the code had attempts left. */
	public boolean countAttempt(long codeId, int maxAttempts) {
		return this.jdbc.sql("UPDATE apr_code SET attempts = attempts + 1 WHERE id = ? AND attempts < ?")
			.params(codeId, maxAttempts)
			.update() == 1;
	}

	/** Uses a code up; only the first of parallel uses succeeds. */
	public boolean use(long codeId, int maxAttempts, Instant now) {
		return this.jdbc
			.sql("UPDATE apr_code SET used_at = ? WHERE id = ? AND used_at IS NULL AND attempts < ? AND expires_at > ?")
			.params(Timestamp.from(now), codeId, maxAttempts, Timestamp.from(now))
			.update() == 1;
	}

	public void insertToken(String tokenHash, String voter, Instant now, Instant expiresAt) {
		this.jdbc.sql("INSERT INTO apr_voter_token (token_hash, voter, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(tokenHash, voter, Timestamp.from(now), Timestamp.from(expiresAt))
			.update();
	}

	/** The voter of a token that has not expired. */
	public Optional<String> voterOf(String tokenHash, Instant now) {
		return this.jdbc.sql("SELECT voter FROM apr_voter_token WHERE token_hash = ? AND expires_at > ?")
			.params(tokenHash, Timestamp.from(now))
			.query(String.class)
			.optional();
	}

	/** Removes codes and tokens that can no longer be used. */
	public int removeExpired(Instant now) {
		Timestamp at = Timestamp.from(now);
		return this.jdbc.sql("DELETE FROM apr_code WHERE expires_at <= ?").param(at).update()
				+ this.jdbc.sql("DELETE FROM apr_voter_token WHERE expires_at <= ?").param(at).update();
	}

	/** The stored secret of this name, storing the candidate first when there is none. */
	public String secret(String name, String candidate) {
		try {
			this.jdbc.sql("INSERT INTO apr_secret (name, secret) VALUES (?, ?)").params(name, candidate).update();
		}
		catch (DuplicateKeyException ex) {
			// another node stored one first: use that
		}
		return this.jdbc.sql("SELECT secret FROM apr_secret WHERE name = ?").param(name).query(String.class).single();
	}

	/** A stored one-time code. */
	public record Code(long id, String hash, Instant expiresAt, int attempts) {
	}

}
