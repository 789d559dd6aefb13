package org.shejian.standards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shejian.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Unified social credit codes and organisation codes, against the public examples in
 * {@code shared/fixtures/cn-ids}.
 */
class IdentifierTests {

	private static final Path FIXTURE = Path.of("src/test/resources/fixtures/cn-ids/cn_ids.csv");

	@Test
	void acceptsEveryValidCreditCodeOfTheFixture() throws IOException {
		for (String[] row : rows("uscc")) {
			if (row[2].startsWith("valid")) {
				assertThat(CreditCode.validate(row[1])).as(row[1]).isEqualTo(row[1].replace(" ", "").toUpperCase());
			}
		}
	}

	@Test
	void refusesEveryInvalidCreditCodeOfTheFixture() throws IOException {
		for (String[] row : rows("uscc")) {
			if (row[2].equals("invalid")) {
				assertThatExceptionOfType(Problem.class).as(row[1]).isThrownBy(() -> CreditCode.validate(row[1]));
			}
		}
	}

	@Test
	void namesTheExpectedCheckCharacter() {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> CreditCode.validate("91110000600037341N"))
			.satisfies((problem) -> assertThat(problem.arguments()).containsExactly("91110000600037341N", "N", "L"));
	}

	@Test
	void namesTheForbiddenCharacterAndPosition() {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> CreditCode.validate("9111000060003IOZSV"))
			.satisfies((problem) -> {
				assertThat(problem.messageKey()).isEqualTo("creditCode.character");
				assertThat(problem.arguments()).containsExactly("9111000060003IOZSV", "I", 14);
			});
	}

	@Test
	void normalisesFullWidthCharactersSpacesAndCase() {
		assertThat(CreditCode.validate("９１１１００００６０００３７３４１ｌ")).isEqualTo("91110000600037341L");
		assertThat(CreditCode.validate("91 110000\u3000600037341l")).isEqualTo("91110000600037341L");
	}

	@Test
	void checksOrganisationCodes() {
		assertThat(OrganisationCode.validate("60003734-1")).isEqualTo("600037341");
		assertThat(OrganisationCode.validate("MA1K3BTP2")).isEqualTo("MA1K3BTP2");
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> OrganisationCode.validate("600037342"))
			.satisfies((problem) -> assertThat(problem.arguments()).containsExactly("600037342", "2", "1"));
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> OrganisationCode.validate("60003#341"))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("organisationCode.character"));
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> OrganisationCode.validate("6000373"))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("organisationCode.length"));
	}

	private static List<String[]> rows(String kind) throws IOException {
		return Files.readAllLines(FIXTURE, StandardCharsets.UTF_8)
			.stream()
			.skip(1)
			.map((line) -> line.split(",", -1))
			.filter((row) -> row[0].equals(kind))
			.toList();
	}

}
