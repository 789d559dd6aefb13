package org.shejian.map;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.map.Campaigns.CampaignForm;
import org.shejian.map.CampaignTask.Standing;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Collection campaigns over real Beijing streets and communities: who is asked, who may
 * submit and when, progress by district, late units and reminders.
 */
@Tag("database")
@Transactional
class CampaignsDatabaseTests extends PlatformTestSupport {

	@Autowired
	Campaigns campaigns;

	@Autowired
	MapWorkflow workflow;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void asksEveryCurrentStreetAndCommunityOfTheScopeAndFollowsThemByDistrict() {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		Campaign campaign = this.campaigns.open(city, form("110101", true, true));

		long streets = currentBelow(110101000000L, "TOWNSHIP");
		long communities = currentBelow(110101000000L, "VILLAGE");
		assertThat(streets).isGreaterThan(10);
		assertThat(communities).isGreaterThan(100);
		List<CampaignProgress> progress = this.campaigns.progress(city, campaign.id());
		assertThat(progress).hasSize(2);
		assertThat(progress.get(0).unitName()).isEqualTo("东城区");
		assertThat(progress.get(0).asked()).isEqualTo(streets + communities);
		assertThat(progress.get(1).asked()).isEqualTo(streets + communities);
		assertThat(progress.get(1).outstanding()).isEqualTo(streets + communities);

		Campaign streetsOnly = this.campaigns.open(city, form("11", true, false));
		List<CampaignProgress> cityWide = this.campaigns.progress(city, streetsOnly.id());
		assertThat(cityWide).hasSize(17);
		assertThat(cityWide.get(16).asked()).isEqualTo(currentBelow(110000000000L, "TOWNSHIP"));
	}

	@Test
	void aUnitSubmitsOnceItHasServiceItemsUnderReviewAndOnlyItsOwnStaffMay() {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		AccountPrincipal neighbour = this.accounts.create("110101001002", Role.COMMUNITY_STAFF);
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		Campaign campaign = this.campaigns.open(city, form("110101", true, true));
		CampaignTask task = this.campaigns.ownTasks(community).get(0);

		assertThat(task.unitCode()).isEqualTo("110101001001");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.campaigns.submit(community, campaign.id(), null, task.version()))
			.extracting(Problem::messageKey)
			.isEqualTo("campaign.task.empty");

		Entry draft = this.workflow.create(community, MapFixtures.service("110101001001", "居住证明开具"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.campaigns.submit(community, campaign.id(), null, task.version()))
			.extracting(Problem::messageKey)
			.isEqualTo("campaign.task.empty");
		this.workflow.report(community, draft.id(), draft.version());

		CampaignTask submitted = this.campaigns.submit(community, campaign.id(), "已录入 1 项", task.version());
		assertThat(submitted.services()).isEqualTo(1);
		assertThat(submitted.standing(campaign.deadline(), this.campaigns.today())).isEqualTo(Standing.ON_TIME);
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.campaigns.submit(community, campaign.id(), null, submitted.version()))
			.extracting(Problem::messageKey)
			.isEqualTo("campaign.task.submitted");
		// The street's own task is its own; it cannot submit for a community by being
		// above it.
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.campaigns.submit(street, campaign.id(), null, 0))
			.extracting(Problem::messageKey)
			.isEqualTo("campaign.task.empty");
		// A neighbour's staff see their own task only.
		assertThat(this.campaigns.ownTasks(neighbour)).extracting(CampaignTask::unitCode)
			.containsExactly("110101001002");

		List<CampaignProgress> progress = this.campaigns.progress(city, campaign.id());
		assertThat(progress.get(0).onTime()).isEqualTo(1);
		assertThat(this.campaigns.tasks(street, campaign.id(), null, false, 0))
			.allSatisfy((t) -> assertThat(t.unitCode()).startsWith("110101001"));
		assertThat(this.campaigns.tasks(street, campaign.id(), null, true, 0)).extracting(CampaignTask::unitCode)
			.doesNotContain("110101001001");
	}

	@Test
	void lateUnitsAreCountedAndRemindedAndOnlyWithinTheRemindersScope() {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		Campaign campaign = this.campaigns.open(city, form("110101", true, true));
		Entry draft = this.workflow.create(community, MapFixtures.service("110101001001", "老年卡办理"));
		this.workflow.report(community, draft.id(), draft.version());
		this.campaigns.submit(community, campaign.id(), null, this.campaigns.ownTasks(community).get(0).version());
		// The deadline is moved to before the day the unit submitted.
		LocalDate yesterday = this.campaigns.today().minusDays(1);
		this.jdbc.sql("UPDATE map_campaign SET deadline = ? WHERE id = ?").params(yesterday, campaign.id()).update();

		CampaignProgress dongcheng = this.campaigns.progress(city, campaign.id()).get(0);
		assertThat(dongcheng.onTime()).isZero();
		assertThat(dongcheng.late()).isEqualTo(1);
		assertThat(dongcheng.outstanding()).isEqualTo(dongcheng.asked() - 1);
		Campaign moved = this.campaigns.campaign(city, campaign.id());
		assertThat(this.campaigns.tasks(city, campaign.id(), "110101001", false, 0))
			.filteredOn((t) -> t.unitCode().equals("110101001001"))
			.singleElement()
			.satisfies(
					(t) -> assertThat(t.standing(moved.deadline(), this.campaigns.today())).isEqualTo(Standing.LATE));

		// A street reminds its own outstanding communities (and itself), nobody else.
		int reminded = this.campaigns.remind(street, campaign.id(), null);
		long streetUnits = currentBelowStreet(110101001000L);
		assertThat(reminded).isEqualTo(streetUnits - 1);
		assertThat(this.campaigns.tasks(city, campaign.id(), "110101002", true, 0))
			.allSatisfy((t) -> assertThat(t.reminders()).isZero());
		assertThat(this.campaigns.tasks(city, campaign.id(), "110101001", true, 0)).allSatisfy((t) -> {
			assertThat(t.reminders()).isEqualTo(1);
			assertThat(t.standing(moved.deadline(), this.campaigns.today())).isEqualTo(Standing.OVERDUE);
		});
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.campaigns.remind(street, campaign.id(), "110101002"))
			.extracting(Problem::messageKey)
			.isEqualTo("scope.outside");
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.campaigns.remind(community, campaign.id(), null))
			.extracting(Problem::messageKey)
			.isEqualTo("campaign.remind.role");

		// Closed, nothing more is taken.
		this.campaigns.close(city, campaign.id(), moved.version());
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.campaigns.remind(city, campaign.id(), null))
			.extracting(Problem::messageKey)
			.isEqualTo("campaign.isClosed");
		assertThat(this.campaigns.ownTasks(community)).isEmpty();
	}

	@Test
	void onlyTheCityOpensAndOnlyWithSenseAndOutsidersSeeNothing() {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal district = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.campaigns.open(district, form("110101", true, true)))
			.extracting(Problem::messageKey)
			.isEqualTo("campaign.cityOnly");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.campaigns.open(city, form("110101", false, false)))
			.extracting(Problem::messageKey)
			.isEqualTo("campaign.nobody");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(
					() -> this.campaigns.open(city, new CampaignForm("旧任务", null, "110101", true, true, "2012/5/30")))
			.extracting(Problem::messageKey)
			.isEqualTo("campaign.deadline.past");
		assertThatExceptionOfType(Problem.class).isThrownBy(
				() -> this.campaigns.open(city, new CampaignForm("不存在的日子", null, "110101", true, true, "2027/2/30")))
			.extracting(Problem::messageKey)
			.isEqualTo("date.impossible");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.campaigns.open(city, form("110101001001", true, true)))
			.extracting(Problem::messageKey)
			.isEqualTo("campaign.scope.invalid");

		Campaign dongcheng = this.campaigns.open(city, form("110101", true, true));
		assertThat(this.campaigns.campaigns(district)).extracting(Campaign::id).contains(dongcheng.id());
		assertThat(this.campaigns.campaigns(xicheng)).extracting(Campaign::id).doesNotContain(dongcheng.id());
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.campaigns.progress(xicheng, dongcheng.id()))
			.extracting(Problem::messageKey)
			.isEqualTo("campaign.notFound");
	}

	private CampaignForm form(String scope, boolean streets, boolean communities) {
		return new CampaignForm("服务事项及办事指南采集", "请各单位录入本单位的服务事项。", scope, streets, communities,
				this.campaigns.today().plusDays(30).toString());
	}

	private long currentBelow(long unitId, String level) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM org_unit WHERE anc" + ((unitId % 10000000000L == 0) ? 0 : 1)
					+ " = ? AND unit_level = ? AND valid_to IS NULL")
			.params(unitId, level)
			.query(Long.class)
			.single();
	}

	private long currentBelowStreet(long streetId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE anc2 = ? AND valid_to IS NULL")
			.param(streetId)
			.query(Long.class)
			.single();
	}

}
