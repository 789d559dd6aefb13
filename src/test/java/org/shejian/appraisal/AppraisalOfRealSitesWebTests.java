package org.shejian.appraisal;

import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Role;
import org.shejian.sites.OwnerKind;
import org.shejian.sites.Site;
import org.shejian.sites.SiteForm;
import org.shejian.sites.SiteState;
import org.shejian.sites.Sites;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The appraisal of the cluster's own websites: a street portal that goes live is a
 * subject of the portal campaign, its plaque shows on its home page, and when the next
 * year's campaign does not re-elect it the page says the plaque was withdrawn.
 */
class AppraisalOfRealSitesWebTests extends PlatformTestSupport {

	@Autowired
	Sites sites;

	@Autowired
	RatedSites subjects;

	@Autowired
	AppraisalFixtures fixtures;

	@Autowired
	AppraisalCampaigns campaigns;

	@Autowired
	Ballots ballots;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void aLivePortalIsRatedAndWearsItsPlaqueUntilItIsNotReElected() throws Exception {
		AccountPrincipal district = this.accounts.create("110108", Role.DISTRICT_ADMIN);
		Site portal = this.sites.create(district,
				new SiteForm(OwnerKind.UNIT, "110108001", "万寿路街道门户", null, null, null, null, null, null));
		assertThat(this.subjects.live(SiteCategory.PORTAL)).extracting(Subject::siteId).doesNotContain(portal.id());
		portal = this.sites.changeState(district, portal.id(), SiteState.LIVE, portal.version());
		assertThat(this.subjects.live(SiteCategory.PORTAL)).extracting(Subject::siteId).contains(portal.id());
		assertThat(this.subjects.find(portal.id())).hasValueSatisfying((subject) -> {
			assertThat(subject.title()).isEqualTo("万寿路街道门户");
			assertThat(subject.unitId()).isEqualTo(110108001000L);
		});

		int first = AppraisalFixtures.year();
		Campaign year1 = this.fixtures.open(SiteCategory.PORTAL, first, 1, 3);
		for (int rating : new int[] { 5, 5, 5, 4 }) {
			this.ballots.cast(this.fixtures.voter(), year1.id(), portal.id(), rating, null);
		}
		assertThat(this.campaigns.finalise(this.fixtures.cityAdmin(), year1.id()).awarded()).contains(portal.id());
		String home = "/s/" + portal.code() + "/";
		this.mvc.perform(get(home))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first + " 年度“公众满意网站”")))
			.andExpect(content().string(not(containsString("已于"))));

		// The next year a neighbouring street's portal is rated better and takes the
		// one plaque.
		Site rival = this.sites.create(district,
				new SiteForm(OwnerKind.UNIT, "110108002", "永定路街道门户", null, null, null, null, null, null));
		rival = this.sites.changeState(district, rival.id(), SiteState.LIVE, rival.version());
		Campaign year2 = this.fixtures.open(SiteCategory.PORTAL, AppraisalFixtures.year(), 1, 3);
		for (int rating : new int[] { 1, 2, 1 }) {
			this.ballots.cast(this.fixtures.voter(), year2.id(), portal.id(), rating, null);
		}
		for (int rating : new int[] { 5, 5, 4, 5 }) {
			this.ballots.cast(this.fixtures.voter(), year2.id(), rival.id(), rating, null);
		}
		assertThat(this.campaigns.finalise(this.fixtures.cityAdmin(), year2.id()).withdrawn()).contains(portal.id());
		this.mvc.perform(get(home))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first + " 年度“公众满意网站”")))
			.andExpect(content().string(containsString("未能连任")));
	}

}
