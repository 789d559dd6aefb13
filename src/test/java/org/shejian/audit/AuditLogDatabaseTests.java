package org.shejian.audit;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain: whole after appends, and the first broken link named after any change,
 * removal or reordering of a record.
 */
@Tag("database")
@Transactional
class AuditLogDatabaseTests extends PlatformTestSupport {

	@Autowired
	AuditLog log;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void chainIsWholeAfterAppends() {
		long sequence = appendThree();

		ChainVerification verification = this.trail.verify();

		assertThat(verification.intact()).isTrue();
		assertThat(verification.records()).isGreaterThanOrEqualTo(sequence);
		assertThat(this.trail.latest(Long.MAX_VALUE, 3)).extracting(AuditRecord::action)
			.containsExactly("test.c", "test.b", "test.a");
	}

	@Test
	void changedRecordIsTheFirstBrokenLink() {
		long last = appendThree();
		this.jdbc.sql("UPDATE audit_record SET after_state = '{\"n\":99}' WHERE seq = ?").param(last - 1).update();

		ChainVerification verification = this.trail.verify();

		assertThat(verification.firstBroken()).isEqualTo(last - 1);
		assertThat(verification.reason()).isEqualTo(ChainVerification.CONTENTS);
	}

	@Test
	void removedRecordIsReported() {
		long last = appendThree();
		this.jdbc.sql("DELETE FROM audit_record WHERE seq = ?").param(last - 1).update();

		assertThat(this.trail.verify().firstBroken()).isEqualTo(last - 1);
	}

	@Test
	void removedTailIsReported() {
		long last = appendThree();
		this.jdbc.sql("DELETE FROM audit_record WHERE seq = ?").param(last).update();

		assertThat(this.trail.verify().firstBroken()).isEqualTo(last);
	}

	@Test
	void recordedStateIsTheJsonOfBeforeAndAfter() {
		this.log.record("test.state", "thing:1", 11L, Map.of("name", "旧"), Map.of("name", "新"));

		AuditRecord record = this.trail.latest(Long.MAX_VALUE, 1).get(0);

		assertThat(record.before()).isEqualTo("{\"name\":\"旧\"}");
		assertThat(record.after()).isEqualTo("{\"name\":\"新\"}");
		assertThat(record.actor()).isEqualTo("system");
		assertThat(record.unitId()).isEqualTo(11L);
	}

	private long appendThree() {
		this.log.record("test.a", "thing:1", null, null, Map.of("n", 1));
		this.log.record("test.b", "thing:1", null, Map.of("n", 1), Map.of("n", 2));
		this.log.record("test.c", "thing:1", null, Map.of("n", 2), null);
		return this.trail.latest(Long.MAX_VALUE, 1).get(0).sequence();
	}

}
