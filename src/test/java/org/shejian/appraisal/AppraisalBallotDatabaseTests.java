package org.shejian.appraisal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.shared.Problem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ballots count once per voter, site and campaign however they arrive: replayed, changed,
 * sent twice at once, or by neighbours sharing one address; and only in the voting
 * period.
 */
@Tag("database")
class AppraisalBallotDatabaseTests extends PlatformTestSupport {

	@Autowired
	AppraisalFixtures fixtures;

	@Autowired
	Ballots ballots;

	@Autowired
	AppraisalCampaigns campaigns;

	@Autowired
	Voters voters;

	@Autowired
	TestSmsGateway sms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Test
	void aBallotReplayedTwentyTimesCountsOnce() {
		Campaign campaign = this.fixtures.open(SiteCategory.COMMUNITY, 3, 1);
		String token = this.fixtures.voter();
		for (int i = 0; i < 20; i++) {
			this.ballots.cast(token, campaign.id(), 9001, 4, "很好");
		}
		SiteResult result = result(campaign, 9001);
		assertThat(result.count()).isEqualTo(1);
		assertThat(result.mean()).isEqualTo(4.0);
	}

	@Test
	void aChangedBallotReplacesTheEarlierAndCountsOnce() {
		Campaign campaign = this.fixtures.open(SiteCategory.COMMUNITY, 3, 1);
		String token = this.fixtures.voter();
		this.ballots.cast(token, campaign.id(), 9002, 1, "不好");
		this.ballots.cast(token, campaign.id(), 9002, 5, null);
		SiteResult result = result(campaign, 9002);
		assertThat(result.count()).isEqualTo(1);
		assertThat(result.mean()).isEqualTo(5.0);
		assertThat(this.campaigns.comments(this.fixtures.cityAdmin(), campaign.id(), 9002)).isEmpty();
	}

	@Test
	void fiftyIdenticalSubmissionsInParallelCountOnceAndNoneFails() throws Exception {
		Campaign campaign = this.fixtures.open(SiteCategory.COMMUNITY, 3, 1);
		String token = this.fixtures.voter();
		List<Callable<Integer>> clicks = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			clicks.add(() -> this.mvc
				.perform(post("/api/v1/appraisal/public/campaigns/{id}/ballots", campaign.id())
					.header("Authorization", "Bearer " + token)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"siteId\":9003,\"rating\":5,\"comment\":\"双击\"}"))
				.andReturn()
				.getResponse()
				.getStatus());
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Integer> statuses = new ArrayList<>();
		try {
			for (Future<Integer> status : pool.invokeAll(clicks)) {
				statuses.add(status.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(statuses).hasSize(50).containsOnly(204);
		assertThat(rows(campaign, 9003)).isEqualTo(1);
		assertThat(result(campaign, 9003).count()).isEqualTo(1);
	}

	@Test
	void aRatingThatIsNotAWholeNumberFromOneToFiveIsRefusedByTheApi() throws Exception {
		Campaign campaign = this.fixtures.open(SiteCategory.COMMUNITY, 3, 1);
		String token = this.fixtures.voter();
		for (String rating : List.of("0", "6", "4.5", "\"4.5\"", "\"\"", "null", "1e0", "true")) {
			this.mvc
				.perform(post("/api/v1/appraisal/public/campaigns/{id}/ballots", campaign.id())
					.header("Authorization", "Bearer " + token)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"siteId\":9005,\"rating\":" + rating + "}"))
				.andExpect(status().isBadRequest());
		}
		assertThat(rows(campaign, 9005)).isZero();
	}

	@Test
	void thirtyNeighboursBehindOneAddressAllCount() {
		Campaign campaign = this.fixtures.open(SiteCategory.COMMUNITY, 3, 1);
		String shared = "203.0.113.7";
		for (int i = 0; i < 30; i++) {
			this.ballots.cast(this.fixtures.voter(AppraisalFixtures.phone(), shared), campaign.id(), 9004, 3 + i % 3,
					null);
		}
		assertThat(result(campaign, 9004).count()).isEqualTo(30);
	}

	@Test
	void votingBeforeOpeningIsRefusedWithTheOpeningTime() {
		this.fixtures.open(SiteCategory.COMMUNITY, 3, 1);
		Instant now = this.clock.instant();
		Campaign later = this.fixtures.create(SiteCategory.COMMUNITY, AppraisalFixtures.year(),
				now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(9)), 3, 1);
		String token = this.fixtures.voter();
		assertThatThrownBy(() -> this.ballots.cast(token, later.id(), 9001, 5, null)).isInstanceOf(Problem.class)
			.extracting("messageKey")
			.isEqualTo("appraisal.ballot.notYetOpen");
		assertThat(rows(later, 9001)).isZero();
	}

	@Test
	void votingAfterClosingIsRefused() {
		Campaign campaign = this.fixtures.open(SiteCategory.COMMUNITY, 3, 1);
		String token = this.fixtures.voter();
		this.ballots.cast(token, campaign.id(), 9005, 4, null);
		this.campaigns.finalise(this.fixtures.cityAdmin(), campaign.id());
		assertThatThrownBy(() -> this.ballots.cast(token, campaign.id(), 9005, 1, null)).isInstanceOf(Problem.class)
			.extracting("messageKey")
			.isEqualTo("appraisal.ballot.closed");
		assertThat(result(campaign, 9005).mean()).isEqualTo(4.0);
	}

	@Test
	void refusesBadRatingsUnknownOrOfflineSitesAndMissingTokens() {
		Campaign campaign = this.fixtures.open(SiteCategory.COMMUNITY, 3, 1);
		String token = this.fixtures.voter();
		assertThatThrownBy(() -> this.ballots.cast(token, campaign.id(), 9001, 6, null))
			.hasMessage("appraisal.ballot.rating");
		assertThatThrownBy(() -> this.ballots.cast(token, campaign.id(), 9001, 0, null))
			.hasMessage("appraisal.ballot.rating");
		assertThatThrownBy(() -> this.ballots.cast(token, campaign.id(), 9001, null, null))
			.hasMessage("appraisal.ballot.rating");
		assertThatThrownBy(() -> this.ballots.cast(token, campaign.id(), TestAppraisalSubjects.OFFLINE, 5, null))
			.hasMessage("appraisal.site.notFound");
		assertThatThrownBy(() -> this.ballots.cast(token, campaign.id(), 9101, 5, null))
			.hasMessage("appraisal.site.notFound");
		assertThatThrownBy(() -> this.ballots.cast("apv_forged", campaign.id(), 9001, 5, null))
			.isInstanceOfSatisfying(Problem.class, (p) -> assertThat(p.status()).isEqualTo(HttpStatus.UNAUTHORIZED));
		assertThatThrownBy(() -> this.ballots.cast(null, campaign.id(), 9001, 5, null))
			.hasMessage("appraisal.voter.required");
	}

	@Test
	void commentsWithMarkupAreKeptAsTextOrRefusedWhenTooLongOrControl() {
		Campaign campaign = this.fixtures.open(SiteCategory.COMMUNITY, 3, 1);
		List<String> payloads = List.of("<script>alert(1)</script>", "<style>body{display:none}</style>",
				"<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\" onclick=\"x()\">点</a>");
		for (String payload : payloads) {
			this.ballots.cast(this.fixtures.voter(), campaign.id(), 9001, 3, payload);
		}
		assertThat(this.campaigns.comments(this.fixtures.cityAdmin(), campaign.id(), 9001))
			.containsExactlyInAnyOrderElementsOf(payloads);
		String token = this.fixtures.voter();
		assertThatThrownBy(() -> this.ballots.cast(token, campaign.id(), 9001, 3, "长".repeat(501)))
			.hasMessage("text.tooLong");
		assertThatThrownBy(() -> this.ballots.cast(token, campaign.id(), 9001, 3, "a\u0000b"))
			.hasMessage("text.control");
		this.ballots.cast(token, campaign.id(), 9001, 3, "😀".repeat(500));
	}

	@Test
	void resultsRankByTheLowerBoundAndNeedTheFewestBallots() {
		Campaign campaign = this.fixtures.open(SiteCategory.COMMUNITY, 1, 3);
		for (int i = 0; i < 2; i++) {
			this.ballots.cast(this.fixtures.voter(), campaign.id(), 9001, 5, null);
		}
		for (int i = 0; i < 12; i++) {
			this.ballots.cast(this.fixtures.voter(), campaign.id(), 9002, (i < 9) ? 5 : 4, null);
		}
		for (int i = 0; i < 3; i++) {
			this.ballots.cast(this.fixtures.voter(), campaign.id(), 9003, 5, null);
		}
		List<SiteResult> results = this.campaigns.results(campaign);
		assertThat(results.get(0).siteId()).isEqualTo(9002);
		assertThat(results.get(0).rank()).isEqualTo(1);
		assertThat(results.get(0).awarded()).isTrue();
		assertThat(results.get(1).siteId()).isEqualTo(9003);
		SiteResult few = result(campaign, 9001);
		assertThat(few.rank()).isNull();
		assertThat(few.mean()).isEqualTo(5.0);
		assertThat(few.lower()).isLessThan(results.get(0).lower());
		assertThat(few.upper()).isCloseTo(5.0, within(1e-9));
	}

	private SiteResult result(Campaign campaign, long siteId) {
		return this.campaigns.results(campaign).stream().filter((r) -> r.siteId() == siteId).findFirst().orElseThrow();
	}

	private long rows(Campaign campaign, long siteId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM apr_ballot WHERE campaign_id = ? AND site_id = ?")
			.params(campaign.id(), siteId)
			.query(Long.class)
			.single();
	}

}
