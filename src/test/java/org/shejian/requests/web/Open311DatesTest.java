package org.shejian.requests.web;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shejian.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The dates of Open311 searches as clients write them.
 */
class Open311DatesTest {

	private static final Instant NEW_YEAR_BEIJING = Instant.parse("2025-12-31T16:00:00Z");

	@ParameterizedTest
	@ValueSource(strings = { "2026-01-01T00:00:00+08:00", "2026-01-01T00:00:00+0800", "2026-01-01T00:00:00+08",
			"2026-01-01T00:00:00 08:00", "2026-01-01T00:00:00 0800", "2026-01-01T00:00:00", "2026-01-01T00:00",
			"2025-12-31T16:00:00Z", "2025-12-31T11:00:00-05:00", "2025-12-31T11:00:00-0500", "2026-01-01",
			"２０２６-０１-０１T００:００:００＋０８:００" })
	void readsOffsetsAsClientsWriteThem(String value) {
		assertThat(Open311Controller.instant(value, false)).isEqualTo(NEW_YEAR_BEIJING);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30", "2026/2/3", "yesterday", "2026-01-01T25:00:00+08:00",
			"2026-01-01T00:00:00+8", "2026-01-01T00:00:00+08:00:00:00", "1767225600" })
	void refusesWhatIsNoDate(String value) {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> Open311Controller.instant(value, false))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("requests.date.unreadable"));
	}

}
