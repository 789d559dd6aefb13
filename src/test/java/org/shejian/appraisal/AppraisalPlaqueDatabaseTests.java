package org.shejian.appraisal;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plaques over two years of social organisation sites: the first year awards the top two;
 * the second re-elects one, withdraws the other with a date and awards a newcomer; the
 * history stays. (Only this class finalises campaigns of this category.)
 */
@Tag("database")
class AppraisalPlaqueDatabaseTests extends PlatformTestSupport {

	private static final long A = 9301;

	private static final long B = 9302;

	private static final long C = 9303;

	private static final long D = 9304;

	@Autowired
	AppraisalFixtures fixtures;

	@Autowired
	Ballots ballots;

	@Autowired
	AppraisalCampaigns campaigns;

	@Autowired
	Plaques plaques;

	@Test
	void holdersMustDefendThePlaqueEveryYear() {
		Actor admin = this.fixtures.cityAdmin();
		int first = AppraisalFixtures.year();
		int second = AppraisalFixtures.year();

		Campaign year1 = this.fixtures.open(SiteCategory.SOCIAL_ORGANISATION, first, 2, 3);
		rate(year1, A, 5, 5, 5, 5);
		rate(year1, B, 4, 5, 4, 5);
		rate(year1, C, 2, 3, 2, 3);
		rate(year1, D, 5, 5);
		AppraisalCampaigns.Finalised one = this.campaigns.finalise(admin, year1.id());
		assertThat(one.awarded()).containsExactly(A, B);
		assertThat(one.withdrawn()).isEmpty();
		assertThatThrownBy(() -> this.campaigns.finalise(admin, year1.id())).isInstanceOf(Problem.class)
			.hasMessage("appraisal.campaign.finalised");

		Campaign year2 = this.fixtures.open(SiteCategory.SOCIAL_ORGANISATION, second, 2, 3);
		rate(year2, A, 1, 2, 1, 2);
		rate(year2, B, 5, 5, 4, 5);
		rate(year2, C, 5, 5, 5, 5, 5);
		AppraisalCampaigns.Finalised two = this.campaigns.finalise(admin, year2.id());
		assertThat(two.awarded()).containsExactly(C, B);
		assertThat(two.withdrawn()).containsExactly(A);

		assertThat(this.plaques.current(A)).isEmpty();
		List<Plaque> historyA = this.plaques.history(A);
		assertThat(historyA).hasSize(1);
		assertThat(historyA.get(0).year()).isEqualTo(first);
		assertThat(historyA.get(0).withdrawnAt()).isEqualTo(two.campaign().finalisedAt());

		assertThat(this.plaques.current(B)).singleElement().extracting(Plaque::year).isEqualTo(second);
		assertThat(this.plaques.history(B)).extracting(Plaque::year).containsExactly(second, first);
		assertThat(this.plaques.history(B)).noneMatch(Plaque::withdrawn);

		assertThat(this.plaques.current(C)).singleElement().satisfies((plaque) -> {
			assertThat(plaque.year()).isEqualTo(second);
			assertThat(plaque.rank()).isEqualTo(1);
		});
		assertThat(this.plaques.history(D)).isEmpty();
		assertThat(this.plaques.ofCategory(SiteCategory.SOCIAL_ORGANISATION)).hasSize(4);
	}

	@Test
	void onlyCityAdministratorsKeepCampaignsAndOnlyBeforeOpening() {
		Actor admin = this.fixtures.cityAdmin();
		Actor district = this.fixtures.districtAdmin();
		int year = AppraisalFixtures.year();
		java.time.Instant now = java.time.Instant.parse("2100-01-01T00:00:00Z");
		CampaignForm form = new CampaignForm("BUILDING", year, "楼宇网站评议", "2100-01-01T09:00", "2100-02-01T09:00", null,
				null, null);
		assertThatThrownBy(() -> this.campaigns.create(district, form)).hasMessage("role.missing");
		Campaign created = this.campaigns.create(admin, form);
		assertThat(created.opensAt()).isEqualTo(now.plusSeconds(3600));
		assertThat(created.awardCount()).isEqualTo(10);
		assertThat(this.campaigns.state(created)).isEqualTo(Campaign.State.SCHEDULED);
		assertThatThrownBy(() -> this.campaigns.create(admin, form)).hasMessage("appraisal.campaign.exists");

		Campaign edited = this.campaigns.edit(admin, created.id(), new CampaignForm("BUILDING", year, "改名",
				"2100-01-02T09:00", "2100-02-01T09:00", 5, 20, created.version()));
		assertThat(edited.title()).isEqualTo("改名");
		assertThat(edited.awardCount()).isEqualTo(5);
		assertThatThrownBy(() -> this.campaigns.edit(admin, created.id(), new CampaignForm("BUILDING", year, "再改",
				"2100-01-02T09:00", "2100-02-01T09:00", 5, 20, created.version())))
			.hasMessage("record.stale");
		assertThatThrownBy(() -> this.campaigns.finalise(admin, created.id()))
			.hasMessage("appraisal.campaign.notOpened");

		Campaign running = this.fixtures.open(SiteCategory.BUILDING, 3, 1);
		assertThatThrownBy(() -> this.campaigns.edit(admin, running.id(), new CampaignForm("BUILDING", running.year(),
				"x", "2100-01-02T09:00", "2100-02-01T09:00", 5, 20, running.version())))
			.hasMessage("appraisal.campaign.started");
		assertThatThrownBy(() -> this.campaigns.create(admin, new CampaignForm("BUILDING", AppraisalFixtures.year(),
				null, "2100-02-01T09:00", "2100-01-01T09:00", null, null, null)))
			.hasMessage("appraisal.campaign.order");
		assertThatThrownBy(() -> this.campaigns.create(admin, new CampaignForm("SITES", AppraisalFixtures.year(), null,
				"2100-01-01T09:00", "2100-02-01T09:00", null, null, null)))
			.hasMessage("appraisal.campaign.category");
		assertThatThrownBy(() -> this.campaigns.create(admin, new CampaignForm("BUILDING", AppraisalFixtures.year(),
				null, "明天", "2100-02-01T09:00", null, null, null)))
			.hasMessage("appraisal.campaign.time");
	}

	private void rate(Campaign campaign, long siteId, int... ratings) {
		for (int rating : ratings) {
			this.ballots.cast(this.fixtures.voter(), campaign.id(), siteId, rating, null);
		}
	}

}
