package org.shejian.shared;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DatesTests {

	@ParameterizedTest
	@ValueSource(strings = { "2012-05-30", "2012/5/30", "2012年5月30日", "2012.5.30", " ２０１２年５月３０日 ", "2012 年 5 月 30 日" })
	void acceptsTheFormsPeopleWrite(String written) {
		assertThat(Dates.parse(written)).isEqualTo(LocalDate.of(2012, 5, 30));
	}

	@ParameterizedTest
	@CsvSource({ "2012年2月30日, date.impossible", "2013/2/29, date.impossible", "2012-13-01, date.impossible",
			"30/5/2012, date.unreadable", "yesterday, date.unreadable", "'', date.missing" })
	void refusesImpossibleAndUnreadableDates(String written, String messageKey) {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> Dates.parse(written))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo(messageKey));
	}

}
