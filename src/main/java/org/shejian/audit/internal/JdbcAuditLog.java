package org.shejian.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.shejian.audit.AuditLog;
import org.shejian.audit.AuditProperties;
import org.shejian.audit.AuditRecord;
import org.shejian.audit.AuditTrail;
import org.shejian.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log in the database. Appenders lock the chain's head row, so records are
 * chained one at a time on H2 and PostgreSQL alike, and a rolled-back write rolls back
 * its record with it.
 */
@Service
class JdbcAuditLog implements AuditLog, AuditTrail {

	private static final Logger logger = LoggerFactory.getLogger(JdbcAuditLog.class);

	private static final int MAX_STATE = 60_000;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final String key;

	JdbcAuditLog(JdbcClient jdbc, JsonMapper json, Clock clock, AuditProperties properties) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.key = properties.key();
		if (!properties.keyed()) {
			logger.warn("The audit chain is not keyed: set SHEJIAN_AUDIT_KEY so that a database writer cannot"
					+ " rebuild it after a change");
		}
	}

	@Override
	@Transactional
	public void record(String action, String target, Long unitId, Object before, Object after) {
		append(currentActor(), unitId, action, target, toJson(before), toJson(after), currentSource());
	}

	@Override
	@Transactional
	public void recordLogin(String username, Long unitId, boolean succeeded, String reason, String from) {
		String actor = (username == null || username.isBlank()) ? "-" : abbreviate(username, 64);
		append(actor, unitId, succeeded ? "login.success" : "login.failure", "account:" + actor, null,
				(reason != null) ? toJson(Map.of("reason", reason)) : null, (from != null) ? from : "-");
	}

	private void append(String actor, Long unitId, String action, String target, String before, String after,
			String source) {
		Head head = this.jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		AuditRecord unsigned = new AuditRecord(head.sequence() + 1, at, actor, unitId, action, abbreviate(target, 200),
				before, after, abbreviate(source, 64), head.hash(), null);
		String hash = ChainHash.of(unsigned, this.key);
		this.jdbc
			.sql("INSERT INTO audit_record (seq, at, actor, unit_id, action, target, before_state, after_state,"
					+ " source, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(unsigned.sequence(), Timestamp.from(at), actor, unitId, action, unsigned.target(), before, after,
					unsigned.source(), head.hash(), hash)
			.update();
		this.jdbc.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")
			.params(unsigned.sequence(), hash)
			.update();
	}

	@Override
	public List<AuditRecord> latest(long beforeSequence, int limit) {
		return this.jdbc
			.sql("SELECT seq, at, actor, unit_id, action, target, before_state, after_state, source, previous_hash,"
					+ " hash FROM audit_record WHERE seq < ? ORDER BY seq DESC LIMIT ?")
			.params(beforeSequence, limit)
			.query(JdbcAuditLog::map)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		String previous = ChainHash.GENESIS;
		long expected = 1;
		long checked = 0;
		long last = 0;
		int batch = 1000;
		while (true) {
			List<AuditRecord> records = this.jdbc
				.sql("SELECT seq, at, actor, unit_id, action, target, before_state, after_state, source,"
						+ " previous_hash, hash FROM audit_record WHERE seq > ? ORDER BY seq LIMIT ?")
				.params(last, batch)
				.query(JdbcAuditLog::map)
				.list();
			for (AuditRecord record : records) {
				String broken = check(record, expected, previous);
				if (broken != null) {
					return new ChainVerification(checked,
							broken.equals(ChainVerification.MISSING) ? expected : record.sequence(), broken);
				}
				previous = record.hash();
				expected++;
				checked++;
				last = record.sequence();
			}
			if (records.size() < batch) {
				break;
			}
		}
		return verifyHead(checked, last, previous);
	}

	private ChainVerification verifyHead(long checked, long last, String previous) {
		Head head = this.jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		if (head.sequence() != last || !head.hash().equals(previous)) {
			return new ChainVerification(checked, last + 1, ChainVerification.TAIL);
		}
		return new ChainVerification(checked, null, null);
	}

	private String check(AuditRecord record, long expected, String previous) {
		if (record.sequence() != expected) {
			return ChainVerification.MISSING;
		}
		if (!record.previousHash().equals(previous)) {
			return ChainVerification.PREVIOUS;
		}
		if (!ChainHash.of(record, this.key).equals(record.hash())) {
			return ChainVerification.CONTENTS;
		}
		return null;
	}

	private static AuditRecord map(ResultSet rs, int row) throws SQLException {
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		return new AuditRecord(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"), unitId,
				rs.getString("action"), rs.getString("target"), rs.getString("before_state"),
				rs.getString("after_state"), rs.getString("source"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}

	private String toJson(Object state) {
		if (state == null) {
			return null;
		}
		return abbreviate(this.json.writeValueAsString(state), MAX_STATE);
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return "system";
		}
		return abbreviate(authentication.getName(), 64);
	}

	private static String currentSource() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "local";
	}

	private static String abbreviate(String value, int length) {
		return (value.length() > length) ? value.substring(0, length) : value;
	}

	private record Head(long sequence, String hash) {
	}

}
