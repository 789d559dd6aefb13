package org.shejian.appraisal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shejian.shared.Problem;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limits of code requests over time, on a clock the test moves: one a minute and five
 * an hour per number, sixty an hour per address; and the sites of no source at all.
 */
class AppraisalCodeLimitsTests {

	private final MovableClock clock = new MovableClock();

	private final CodeLimits limits = new CodeLimits(
			new AppraisalProperties(null, 10, 10, Duration.ofMinutes(5), 5, 1, 5, 60), this.clock);

	@Test
	void aNumberGetsOneCodeAMinuteAndFiveAnHour() {
		for (int i = 0; i < 5; i++) {
			this.limits.take("voter", "a" + i);
			assertThatThrownBy(() -> this.limits.take("voter", "b")).hasMessage("appraisal.code.tooOftenNumber");
			this.clock.move(Duration.ofSeconds(61));
		}
		assertThatThrownBy(() -> this.limits.take("voter", "c")).isInstanceOfSatisfying(Problem.class,
				(problem) -> assertThat((long) problem.arguments()[0]).isGreaterThan(60));
		this.clock.move(Duration.ofHours(1));
		this.limits.take("voter", "d");
	}

	@Test
	void anAddressGetsSixtyCodesAnHourAndARefusalCostsTheNumberNothing() {
		for (int i = 0; i < 60; i++) {
			this.limits.take("voter" + i, "nat");
		}
		assertThatThrownBy(() -> this.limits.take("fresh", "nat")).hasMessage("appraisal.code.tooOftenAddress");
		this.limits.take("fresh", "elsewhere");
	}

	@Test
	void idleBucketsAreForgottenAfterAnHour() {
		this.limits.take("voter", "a");
		this.clock.move(Duration.ofMinutes(61));
		this.limits.prune();
		this.limits.take("voter", "a");
		assertThatThrownBy(() -> this.limits.take("voter", "a")).hasMessage("appraisal.code.tooOftenNumber");
	}

	@Test
	void withoutAnySourceThereAreNoSites() {
		RatedSites sites = new RatedSites(new StaticListableBeanFactory().getBeanProvider(AppraisalSubjects.class));
		assertThat(sites.live(SiteCategory.COMMUNITY)).isEmpty();
		assertThat(sites.find(9001)).isEmpty();
	}

	@Test
	void theFirstSourceWinsAndOfflineOrOtherSitesAreLeftOut() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("test", new TestAppraisalSubjects());
		RatedSites sites = new RatedSites(beans.getBeanProvider(AppraisalSubjects.class));
		List<Subject> live = sites.live(SiteCategory.COMMUNITY);
		assertThat(live).extracting(Subject::siteId).containsExactly(9001L, 9002L, 9003L, 9004L, 9005L);
		assertThat(sites.find(TestAppraisalSubjects.OFFLINE)).get().extracting(Subject::live).isEqualTo(false);
	}

	/** A clock the test moves forward. */
	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-05-01T01:00:00Z");

		void move(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
