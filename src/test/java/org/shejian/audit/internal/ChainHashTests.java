package org.shejian.audit.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.shejian.audit.AuditRecord;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHashTests {

	private static final AuditRecord RECORD = new AuditRecord(1, Instant.parse("2026-01-01T00:00:00Z"), "someone", 11L,
			"unit.edit", "unit:11", "{}", "{\"name\":\"北京市\"}", "127.0.0.1", ChainHash.GENESIS, null);

	@Test
	void keyedHashDependsOnTheKey() {
		assertThat(ChainHash.of(RECORD, "one")).isNotEqualTo(ChainHash.of(RECORD, "two"))
			.isNotEqualTo(ChainHash.of(RECORD, null))
			.hasSize(64);
	}

	@Test
	void everyFieldIsCovered() {
		AuditRecord changed = new AuditRecord(1, RECORD.at(), "someone", 11L, "unit.edit", "unit:11", "{}",
				"{\"name\":\"北京\"}", "127.0.0.1", ChainHash.GENESIS, null);

		assertThat(ChainHash.of(changed, "k")).isNotEqualTo(ChainHash.of(RECORD, "k"));
	}

	@Test
	void fieldBoundariesCannotBeShifted() {
		AuditRecord a = new AuditRecord(1, RECORD.at(), "ab", null, "c", "t", null, null, "s", ChainHash.GENESIS, null);
		AuditRecord b = new AuditRecord(1, RECORD.at(), "a", null, "bc", "t", null, null, "s", ChainHash.GENESIS, null);

		assertThat(ChainHash.of(a, null)).isNotEqualTo(ChainHash.of(b, null));
	}

}
