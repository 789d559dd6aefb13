package org.shejian.sites;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Coverage on the Beijing data: every community of 东城区 with a live site after the bulk
 * action, none elsewhere; buildings against their goal; updates in 30 and 90 days by the
 * clock; service items; scope.
 */
@Tag("database")
@Transactional
class SiteCoverageDatabaseTests extends PlatformTestSupport {

	@Autowired
	SiteCoverage coverage;

	@Autowired
	Sites sites;

	@Autowired
	Articles articles;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	AccountPrincipal city;

	AccountPrincipal district;

	@BeforeEach
	void accounts() {
		this.city = this.accounts.create("11", Role.CITY_ADMIN);
		this.district = this.accounts.create(SiteFixtures.DONGCHENG, Role.DISTRICT_ADMIN);
	}

	@Test
	void dongchengIsFullyCoveredAfterTheBulkActionAndTheOtherDistrictsNotAtAll() {
		this.sites.createForVillageUnits(this.district, SiteFixtures.DONGCHENG);
		this.sites.sites(this.district, 0)
			.forEach((site) -> this.sites.changeState(this.district, site.id(), SiteState.LIVE, site.version()));
		goLiveBeyondFirstPage();

		SiteCoverage.Report report = this.coverage.coverage(this.city, "11");

		assertThat(report.lines()).hasSize(16);
		SiteCoverage.Line dongcheng = line(report, SiteFixtures.DONGCHENG);
		long communities = count("SELECT COUNT(*) FROM org_unit WHERE anc1 = 110101000000 AND kind = 'COMMUNITY'"
				+ " AND valid_to IS NULL");
		assertThat(dongcheng.communities()).isEqualTo(communities).isGreaterThan(100);
		assertThat(dongcheng.liveCommunities()).isEqualTo(communities);
		assertThat(dongcheng.communityPercent()).isEqualTo(100.0);
		assertThat(dongcheng.meetsCommunityGoal()).isTrue();
		assertThat(report.lines()).filteredOn((line) -> !line.code().equals(SiteFixtures.DONGCHENG))
			.allSatisfy((line) -> {
				assertThat(line.liveCommunities()).isZero();
				assertThat(line.communityPercent()).isZero();
			});
		assertThat(report.total().communities())
			.isEqualTo(report.lines().stream().mapToLong(SiteCoverage.Line::communities).sum())
			.isEqualTo(count("SELECT COUNT(*) FROM org_unit WHERE kind = 'COMMUNITY' AND valid_to IS NULL"));
		assertThat(report.total().villages())
			.isEqualTo(report.lines().stream().mapToLong(SiteCoverage.Line::villages).sum())
			.isEqualTo(count("SELECT COUNT(*) FROM org_unit WHERE kind IN ('VILLAGE', 'VILLAGE_LIKE')"
					+ " AND valid_to IS NULL"));
		assertThat(report.total().liveCommunities()).isEqualTo(communities);
		// Sites other tests left live elsewhere in the city count too.
		assertThat(report.total().liveSites()).isEqualTo(count("SELECT COUNT(*) FROM site_site WHERE state = 'LIVE'"))
			.isGreaterThanOrEqualTo(communities);
		assertThat(report.total().updated90()).isZero();

		SiteCoverage.Report streets = this.coverage.coverage(this.district, null);
		assertThat(streets.unit().code()).isEqualTo(SiteFixtures.DONGCHENG);
		assertThat(streets.lines())
			.allSatisfy((line) -> assertThat(line.liveCommunities()).isEqualTo(line.communities()));
		assertThat(streets.total().communityPercent()).isEqualTo(100.0);
	}

	@Test
	void buildingsCountAgainstTheGoalOfOneInFive() {
		long first = 0;
		for (int i = 0; i < 5; i++) {
			long id = building("测试楼宇" + i);
			first = (i == 0) ? id : first;
		}
		Site site = this.sites.create(this.district,
				new SiteForm(OwnerKind.BUILDING, String.valueOf(first), null, null, null, null, null, null, null));
		this.sites.changeState(this.district, site.id(), SiteState.LIVE, site.version());

		SiteCoverage.Line dongcheng = line(this.coverage.coverage(this.city, "11"), SiteFixtures.DONGCHENG);
		SiteCoverage.Line street = line(this.coverage.coverage(this.district, SiteFixtures.DONGCHENG),
				SiteFixtures.STREET_OF_A);

		long before = count("SELECT COUNT(*) FROM org_building b JOIN org_unit u ON u.id = b.unit_id"
				+ " WHERE u.anc1 = 110101000000") - 5;
		assertThat(dongcheng.buildings()).isEqualTo(before + 5);
		assertThat(dongcheng.liveBuildings()).isEqualTo(1);
		assertThat(street.liveBuildings()).isEqualTo(1);
		assertThat(street.buildingPercent()).isEqualTo(Math.round(1000.0 / street.buildings()) / 10.0);
		assertThat(street.meetsBuildingGoal()).isEqualTo(street.buildings() <= 5);
	}

	@Test
	void countsSitesUpdatedInThirtyAndNinetyDaysByTheClockAndServiceItems() {
		Site siteA = SiteFixtures.liveSite(this.sites, this.district, SiteFixtures.COMMUNITY_A);
		Site siteB = SiteFixtures.liveSite(this.sites, this.district, SiteFixtures.COMMUNITY_B);
		Site quiet = SiteFixtures.liveSite(this.sites, this.district, "110101001002");
		publish(siteA, ColumnKind.NOTICES, Duration.ofDays(10));
		publish(siteB, ColumnKind.NOTICES, Duration.ofDays(60));
		publish(quiet, ColumnKind.NOTICES, Duration.ofDays(120));
		publish(siteA, ColumnKind.SERVICES, Duration.ofDays(200));
		publish(siteA, ColumnKind.SERVICES, Duration.ofDays(1));

		SiteCoverage.Report report = this.coverage.coverage(this.district, SiteFixtures.DONGCHENG);

		assertThat(report.total().liveSites()).isEqualTo(3);
		assertThat(report.total().updated30()).isEqualTo(1);
		assertThat(report.total().updated90()).isEqualTo(2);
		assertThat(report.total().serviceItems()).isEqualTo(2);
		assertThat(report.total().serviceItemsPerCommunity()).isEqualTo(0.7);
		SiteCoverage.Line streetOfA = line(report, SiteFixtures.STREET_OF_A);
		assertThat(streetOfA.liveSites()).isEqualTo(2);
		assertThat(streetOfA.updated30()).isEqualTo(1);
		assertThat(streetOfA.updated90()).isEqualTo(1);
	}

	@Test
	void aDistrictAdministratorSeesTheirDistrictOnly() {
		for (String unit : List.of("11", "110102", "110105")) {
			assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.coverage.coverage(this.district, unit))
				.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("scope.outside"));
		}
		assertThat(this.coverage.coverage(this.district, SiteFixtures.STREET_OF_A).lines()).isNotEmpty();
	}

	private void goLiveBeyondFirstPage() {
		for (int page = 1; page < 5; page++) {
			this.sites.sites(this.district, page)
				.forEach((site) -> this.sites.changeState(this.district, site.id(), SiteState.LIVE, site.version()));
		}
	}

	private void publish(Site site, ColumnKind kind, Duration ago) {
		AccountPrincipal editor = this.accounts.create(this.sites.site(this.district, site.id()).code(),
				Role.COMMUNITY_STAFF);
		Article draft = this.articles.create(editor,
				SiteFixtures.article(SiteFixtures.column(this.sites, site, kind).id(), "通知", "<p>内容</p>"));
		Article submitted = this.articles.submit(editor, draft.id(), draft.version());
		this.articles.approve(this.district, submitted.id(), submitted.version());
		this.jdbc.sql("UPDATE site_article SET published_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minus(ago)), draft.id())
			.update();
	}

	private long building(String name) {
		this.jdbc
			.sql("INSERT INTO org_building (unit_id, name, has_station, union_post, party_post, service_post, version,"
					+ " updated_at) VALUES (?, ?, TRUE, TRUE, TRUE, TRUE, 0, ?)")
			.params(110101001000L, name, Timestamp.from(Instant.now()))
			.update();
		return count("SELECT MAX(id) FROM org_building");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static SiteCoverage.Line line(SiteCoverage.Report report, String code) {
		return report.lines().stream().filter((line) -> line.code().equals(code)).findFirst().orElseThrow();
	}

}
