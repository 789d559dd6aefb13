package org.shejian.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shejian.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UnitCodeTests {

	@ParameterizedTest
	@CsvSource({ "11, 11, PROVINCIAL", "110101, 110101, COUNTY", "110101001, 110101001, TOWNSHIP",
			"110101001001, 110101001001, VILLAGE", "110000000000, 11, PROVINCIAL", "110101000000, 110101, COUNTY",
			"110101001000, 110101001, TOWNSHIP", "130100000000, 1301, PREFECTURAL" })
	void acceptsNationalAndPaddedForms(String written, String code, UnitLevel level) {
		UnitCode parsed = UnitCode.parse(written);

		assertThat(parsed.code()).isEqualTo(code);
		assertThat(parsed.level()).isEqualTo(level);
	}

	@Test
	void normalisesFullWidthDigitsAndSpaces() {
		assertThat(UnitCode.parse("１１０１０１\u3000").code()).isEqualTo("110101");
		assertThat(UnitCode.parse(" 110 101 001 ").code()).isEqualTo("110101001");
	}

	@Test
	void readsExcelDecimalAsInteger() {
		assertThat(UnitCode.parse("110101001001.0").code()).isEqualTo("110101001001");
	}

	@ParameterizedTest
	@CsvSource({ "1.1E+11, code.scientific", "1.10101001001E11, code.scientific", "11010l, code.character",
			"1101010, code.length", "11010100100, code.length", "000000000000, code.zero", "'', code.missing" })
	void refusesBrokenCodesNamingTheFault(String written, String messageKey) {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> UnitCode.parse(written))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo(messageKey));
	}

	@Test
	void namesTheWrongCharacterAndItsPosition() {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> UnitCode.parse("1101O1"))
			.satisfies((problem) -> assertThat(problem.arguments()).containsExactly("1101O1", "O", 5));
	}

	@Test
	void paddedIdRoundTrips() {
		UnitCode code = UnitCode.parse("110101001");

		assertThat(code.padded()).isEqualTo("110101001000");
		assertThat(UnitCode.ofId(code.id())).isEqualTo(code);
	}

}
