package org.shejian.organisation;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.organisation.attached.AttachedOrganisations;
import org.shejian.organisation.attached.AttachedOrganisations.BuildingForm;
import org.shejian.organisation.attached.AttachedOrganisations.SocialForm;
import org.shejian.organisation.attached.Building;
import org.shejian.organisation.attached.SocialOrganisation;
import org.shejian.organisation.attached.SocialOrganisation.Category;
import org.shejian.organisation.attached.SocialOrganisation.HubLevel;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Buildings and social organisations: scoped reads and writes, all-or-nothing bulk,
 * validated identifiers, hubs and optimistic locking.
 */
@Tag("database")
@Transactional
class AttachedOrganisationsDatabaseTests extends PlatformTestSupport {

	@Autowired
	AttachedOrganisations organisations;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void addsABuildingWithItsStationAndFindsItFromTheDistrict() {
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		AccountPrincipal district = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		Building added = this.organisations
			.addBuildings(street, List.of(building("110101001001", "东方广场", true, "2012年5月30日")))
			.get(0);

		assertThat(added.hasStation()).isTrue();
		assertThat(added.stationOpened()).hasToString("2012-05-30");
		assertThat(this.organisations.buildings(district, "110101", 0, 50)).extracting(Building::name).contains("东方广场");
	}

	@Test
	void bulkWithOneUnitOutsideTheScopeStoresNothing() {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		long before = count();

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.organisations.addBuildings(dongcheng,
					List.of(building("110101001001", "甲楼", false, null), building("110102001004", "乙楼", false, null))))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("scope.outside"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void cannotReadOrMoveABuildingAcrossDistricts() {
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Building building = this.organisations
			.addBuildings(xicheng, List.of(building("110102001004", "西单大厦", false, null)))
			.get(0);

		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.organisations.building(dongcheng, building.id()))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("building.notFound"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.organisations.buildings(dongcheng, "110102", 0, 10))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("scope.outside"));
		BuildingForm intoOwn = new BuildingForm("110102001004", "西单大厦", null, false, false, false, false, null,
				building.version());
		BuildingForm outOfScope = new BuildingForm("110101001001", "西单大厦", null, false, false, false, false, null,
				building.version());
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.organisations.updateBuilding(dongcheng, building.id(), intoOwn));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.organisations.updateBuilding(xicheng, building.id(), outOfScope))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("scope.outside"));
	}

	@Test
	void staleBuildingEditIsRefused() {
		AccountPrincipal admin = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Building building = this.organisations.addBuildings(admin, List.of(building("110101001001", "甲", false, null)))
			.get(0);
		this.organisations.updateBuilding(admin, building.id(),
				new BuildingForm("110101001001", "甲一", null, false, false, false, false, null, building.version()));

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.organisations.updateBuilding(admin, building.id(),
					new BuildingForm("110101001001", "甲二", null, false, false, false, false, null, building.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("record.stale"));
		assertThat(this.organisations.building(admin, building.id()).name()).isEqualTo("甲一");
	}

	@Test
	void socialOrganisationPointsToItsHub() {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		SocialOrganisation hub = this.organisations.addSocialOrganisation(city, new SocialForm("11", "市青年联合会",
				Category.SOCIAL_GROUP, null, null, true, "青年", HubLevel.CITY, null, null));

		SocialOrganisation member = this.organisations.addSocialOrganisation(city, new SocialForm("110101001001",
				"社区青年志愿队", Category.SOCIAL_GROUP, "", null, false, null, null, hub.id(), null));

		assertThat(member.hubId()).isEqualTo(hub.id());
		assertThat(this.organisations.hubs()).extracting(SocialOrganisation::name).contains("市青年联合会");
	}

	@Test
	void refusesACreditCodeWithTheWrongCheckCharacterNamingTheExpectedOne() {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.organisations.addSocialOrganisation(city,
					new SocialForm("11", "某基金会", Category.FOUNDATION, "91110000600037341N", null, false, null, null,
							null, null)))
			.satisfies((problem) -> assertThat(problem.arguments()).containsExactly("91110000600037341N", "N", "L"));
	}

	@Test
	void refusesACivilAffairsCodeOfAnotherCategory() {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		String socialGroupCode = withCheck("51110000MA0000001");

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.organisations.addSocialOrganisation(city,
					new SocialForm("11", "某基金会", Category.FOUNDATION, socialGroupCode, null, false, null, null, null,
							null)))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("social.creditCode.category"));
	}

	@Test
	void refusesAHubPointerToAnOrdinaryOrganisation() {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		SocialOrganisation plain = this.organisations.addSocialOrganisation(city,
				new SocialForm("11", "普通协会", Category.SOCIAL_GROUP, null, null, false, null, null, null, null));

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.organisations.addSocialOrganisation(city,
					new SocialForm("11", "成员", Category.SOCIAL_GROUP, null, null, false, null, null, plain.id(), null)))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("social.hub.notHub"));
	}

	private static String withCheck(String first17) {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += alphabet.indexOf(first17.charAt(i)) * weight;
			weight = weight * 3 % 31;
		}
		return first17 + alphabet.charAt((31 - sum % 31) % 31);
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM org_building").query(Long.class).single();
	}

	private static BuildingForm building(String unit, String name, boolean station, String opened) {
		return new BuildingForm(unit, name, "地址", station, station, station, station, opened, null);
	}

}
