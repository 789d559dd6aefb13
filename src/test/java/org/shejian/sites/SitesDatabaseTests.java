package org.shejian.sites;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.organisation.UnitLevel;
import org.shejian.organisation.Units;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sites: templates, the bulk creation for a district, colours, host names, lifecycle and
 * scope.
 */
@Tag("database")
@Transactional
class SitesDatabaseTests extends PlatformTestSupport {

	@Autowired
	Sites sites;

	@Autowired
	SiteDirectory directory;

	@Autowired
	Units units;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsTheSitesOfEveryCommunityOfDongchengInOneAuditedAction() {
		AccountPrincipal district = this.accounts.create(SiteFixtures.DONGCHENG, Role.DISTRICT_ADMIN);
		long communities = this.units.stats(this.units.get(SiteFixtures.DONGCHENG)).total(UnitLevel.VILLAGE);
		this.sites.create(district, SiteFixtures.unitSite(SiteFixtures.COMMUNITY_A));
		long auditBefore = bulkAudits();

		int created = this.sites.createForVillageUnits(district, SiteFixtures.DONGCHENG);

		assertThat(communities).isGreaterThan(100);
		assertThat(created).isEqualTo(communities - 1);
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM site_site WHERE category = 'COMMUNITY'"
					+ " AND unit_id IN (SELECT id FROM org_unit WHERE anc1 = 110101000000)")
			.query(Long.class)
			.single()).isEqualTo(communities);
		assertThat(bulkAudits()).isEqualTo(auditBefore + 1);
		assertThat(this.sites.createForVillageUnits(district, SiteFixtures.DONGCHENG)).isZero();
	}

	@Test
	void aCommunitySiteStartsWithTheCommunityTemplate() {
		AccountPrincipal street = this.accounts.create(SiteFixtures.STREET_OF_A, Role.STREET_ADMIN);

		Site site = this.sites.create(street, SiteFixtures.unitSite(SiteFixtures.COMMUNITY_A));

		assertThat(site.category()).isEqualTo(SiteCategory.COMMUNITY);
		assertThat(site.path()).isEqualTo("/s/110101001001/");
		assertThat(site.state()).isEqualTo(SiteState.PLANNED);
		List<SiteColumn> columns = this.sites.columns(site.id());
		assertThat(columns).extracting(SiteColumn::name)
			.containsExactly("社务公开", "财务公开", "决策公开", "人员公开", "居务事项", "通知公告", "网上服务", "社区活动", "联系我们");
		SiteColumn affairs = columns.get(0);
		assertThat(affairs.parentId()).isNull();
		assertThat(columns.subList(1, 5)).allSatisfy((child) -> assertThat(child.parentId()).isEqualTo(affairs.id()));
		assertThat(this.sites.addColumn(street, site.id(), "志愿服务", ColumnKind.GENERAL, null).siteId())
			.isEqualTo(site.id());
	}

	@Test
	void refusesAColumnNameWithMarkup() {
		AccountPrincipal street = this.accounts.create(SiteFixtures.STREET_OF_A, Role.STREET_ADMIN);
		Site site = this.sites.create(street, SiteFixtures.unitSite(SiteFixtures.COMMUNITY_A));

		for (String name : List.of("<script>alert(1)</script>", "<svg onload=alert(1)>", "<SCRIPT>x</SCRIPT>",
				"<math><mi>x</mi></math>", "&#60;script&#62;", "< img src=x onerror=alert(1)>")) {
			assertThatExceptionOfType(Problem.class)
				.isThrownBy(() -> this.sites.addColumn(street, site.id(), name, ColumnKind.GENERAL, null))
				.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.text.markup"));
		}
		assertThat(this.sites.columns(site.id())).extracting(SiteColumn::name).noneMatch((name) -> name.contains("<"));
	}

	@Test
	void anOwnerHasOneSite() {
		AccountPrincipal street = this.accounts.create(SiteFixtures.STREET_OF_A, Role.STREET_ADMIN);
		this.sites.create(street, SiteFixtures.unitSite(SiteFixtures.COMMUNITY_A));

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.sites.create(street, SiteFixtures.unitSite(SiteFixtures.COMMUNITY_A)))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.owner.taken"));
	}

	@Test
	void refusesUnitsOutsideTheScopeAndEditorsWhoAreNotAdministrators() {
		AccountPrincipal street = this.accounts.create(SiteFixtures.STREET_OF_A, Role.STREET_ADMIN);
		AccountPrincipal staff = this.accounts.create(SiteFixtures.COMMUNITY_A, Role.COMMUNITY_STAFF);

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.sites.create(street, SiteFixtures.unitSite(SiteFixtures.COMMUNITY_B)))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("scope.outside"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.sites.create(staff, SiteFixtures.unitSite(SiteFixtures.COMMUNITY_A)))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("role.missing"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.sites.createForVillageUnits(street, SiteFixtures.DONGCHENG))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("scope.outside"));
	}

	@Test
	void refusesColoursThatAreMalformedOrTooLightForWhiteText() {
		AccountPrincipal street = this.accounts.create(SiteFixtures.STREET_OF_A, Role.STREET_ADMIN);
		Site site = this.sites.create(street, SiteFixtures.unitSite(SiteFixtures.COMMUNITY_A));

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.sites.update(street, site.id(), settings("#ffcc00", site.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.colour.contrast"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.sites.update(street, site.id(), settings("red", site.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.colour.format"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.sites.update(street, site.id(), settings("#1234567", site.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.colour.format"));
		assertThat(this.sites.update(street, site.id(), settings("#1F4E79", site.version())).mainColour())
			.isEqualTo("#1f4e79");
	}

	@Test
	void refusesTitlesWithMarkupAndBadHostNames() {
		AccountPrincipal street = this.accounts.create(SiteFixtures.STREET_OF_A, Role.STREET_ADMIN);
		Site site = this.sites.create(street, SiteFixtures.unitSite(SiteFixtures.COMMUNITY_A));

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.sites.update(street, site.id(),
					new SiteForm(null, null, "<script>alert(1)</script>", null, null, null, null, null,
							site.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.text.markup"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.sites.update(street, site.id(),
					new SiteForm(null, null, null, "evil host/", null, null, null, null, site.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.host.invalid"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.sites.update(street, site.id(),
					new SiteForm(null, null, null, null, null, null, "javascript:alert(1)", null, site.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.logo.invalid"));
	}

	@Test
	void followsItsLifecycleAndTheDirectoryShowsOnlyLiveSites() {
		AccountPrincipal street = this.accounts.create(SiteFixtures.STREET_OF_A, Role.STREET_ADMIN);
		Site site = this.sites.create(street, SiteFixtures.unitSite(SiteFixtures.COMMUNITY_A));
		assertThat(this.directory.live(SiteCategory.COMMUNITY)).extracting(SiteSummary::id).doesNotContain(site.id());

		Site live = this.sites.changeState(street, site.id(), SiteState.LIVE, site.version());
		assertThat(this.directory.live(SiteCategory.COMMUNITY)).extracting(SiteSummary::id).contains(site.id());
		assertThat(this.directory.live(SiteCategory.PORTAL)).extracting(SiteSummary::id).doesNotContain(site.id());
		Site suspended = this.sites.changeState(street, site.id(), SiteState.SUSPENDED, live.version());
		Site again = this.sites.changeState(street, site.id(), SiteState.LIVE, suspended.version());
		Site closed = this.sites.changeState(street, site.id(), SiteState.CLOSED, again.version());

		assertThat(this.directory.find(site.id())).hasValueSatisfying((summary) -> {
			assertThat(summary.live()).isFalse();
			assertThat(summary.path()).isEqualTo("/s/110101001001/");
		});
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.sites.changeState(street, site.id(), SiteState.LIVE, closed.version()))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.state.transition"));
	}

	private static SiteForm settings(String mainColour, int version) {
		return new SiteForm(null, null, null, null, mainColour, null, null, null, version);
	}

	private long bulkAudits() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'site.createBulk'")
			.query(Long.class)
			.single();
	}

}
