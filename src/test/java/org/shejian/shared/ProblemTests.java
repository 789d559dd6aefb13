package org.shejian.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message repeats values from outside as a reader can take them.
 */
class ProblemTests {

	@Test
	void aLongValueIsCutAndInvisibleCharactersAreNamed() {
		String pasted = "1".repeat(7_000);
		Problem problem = Problem.invalid("unit.code.invalid", pasted, 42);
		assertThat((String) problem.arguments()[0]).hasSize(Problem.SHOWN_LENGTH + 1).endsWith("…");
		assertThat(problem.arguments()[1]).isEqualTo(42);

		assertThat(Problem.invalid("x", "东城\u0000区\u202E").arguments()[0]).isEqualTo("东城U+0000区U+202E");
		assertThat(Problem.invalid("x", "𠀀".repeat(Problem.SHOWN_LENGTH)).arguments()[0])
			.isEqualTo("𠀀".repeat(Problem.SHOWN_LENGTH));
		assertThat(Problem.invalid("x").arguments()).isEmpty();
	}

}
