package org.shejian.appraisal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Wilson interval of a mean rating: wide with few ballots, narrowing with many,
 * always within 1–5 and around the mean.
 */
class AppraisalScoresTests {

	@Test
	void noBallotsSpanTheWholeScale() {
		assertThat(Scores.interval(0, 0)).containsExactly(1, 5);
	}

	@Test
	void fewPerfectBallotsRankBelowManyGoodOnes() {
		double[] two = Scores.interval(2, 10);
		double[] hundred = Scores.interval(100, 450);
		assertThat(two[0]).isLessThan(hundred[0]);
		assertThat(two[1]).isCloseTo(5, within(1e-9));
	}

	@Test
	void theIntervalHoldsTheMeanAndNarrowsWithMoreBallots() {
		double[] ten = Scores.interval(10, 35);
		double[] thousand = Scores.interval(1000, 3500);
		assertThat(ten[0]).isLessThan(3.5).isGreaterThanOrEqualTo(1);
		assertThat(ten[1]).isGreaterThan(3.5).isLessThanOrEqualTo(5);
		assertThat(thousand[1] - thousand[0]).isLessThan((ten[1] - ten[0]) / 5);
		assertThat(Scores.interval(50, 50)[0]).isCloseTo(1, within(1e-9));
	}

}
