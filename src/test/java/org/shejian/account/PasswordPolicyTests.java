package org.shejian.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shejian.shared.Problem;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsALongMixedPassword() {
		assertThatCode(() -> PasswordPolicy.check("zhang", "Spring-Rain-2026")).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@CsvSource({ "Short-1a, password.short", "alllowercaseletters, password.classes",
			"zhang-San-2026!, password.username", "Password1234, password.common" })
	void refusesWeakPasswordsNamingTheRule(String password, String messageKey) {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> PasswordPolicy.check("zhang-san", password))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo(messageKey));
	}

}
