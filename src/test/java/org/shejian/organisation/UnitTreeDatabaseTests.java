package org.shejian.organisation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.organisation.internal.UnitEditor;
import org.shejian.organisation.internal.UnitEditor.UnitChange;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tree queries and edits on the real Beijing tree: paging, ancestry, counts, moves that
 * carry the whole subtree, stale edits refused, scope enforced.
 */
@Tag("database")
@Transactional
class UnitTreeDatabaseTests extends PlatformTestSupport {

	@Autowired
	Units units;

	@Autowired
	UnitEditor editor;

	@Autowired
	TestAccounts accounts;

	@Test
	void pagesChildrenInCodeOrder() {
		Unit dongcheng = this.units.get("110101");

		Page<Unit> first = this.units.children(dongcheng, 0, 5, false);
		Page<Unit> second = this.units.children(dongcheng, 1, 5, false);

		assertThat(first.total()).isEqualTo(second.total()).isGreaterThan(10);
		assertThat(first.items()).extracting(Unit::code).isSorted().first().isEqualTo("110101001");
		assertThat(second.items().get(0).code()).isGreaterThan(first.items().get(4).code());
		assertThat(first.hasNext()).isTrue();
	}

	@Test
	void listsAncestorsFromTheRoot() {
		assertThat(this.units.ancestors(this.units.get("110101001001"))).extracting(Unit::code)
			.containsExactly("11", "110101", "110101001");
		assertThat(this.units.ancestors(this.units.get("11"))).isEmpty();
	}

	@Test
	void addressesUnitsByPaddedCode() {
		assertThat(this.units.get("110101000000").name()).isEqualTo("东城区");
		assertThat(this.units.get("110000000000").name()).isEqualTo("北京市");
	}

	@Test
	void countsTheSubtreeByKind() {
		UnitStats dongcheng = this.units.stats(this.units.get("110101"));

		assertThat(dongcheng.total(UnitKind.STREET)).isEqualTo(dongcheng.total(UnitLevel.TOWNSHIP)).isPositive();
		assertThat(dongcheng.total(UnitLevel.VILLAGE)).isPositive();
		assertThat(dongcheng.total(UnitLevel.COUNTY)).isZero();
	}

	@Test
	void searchesByShortNameFullNameAndCode() {
		assertThat(this.units.search("多福巷", null, "code", 0, 10).items()).extracting(Unit::code)
			.containsExactly("110101001001");
		assertThat(this.units.search("多福巷社区居委会", UnitLevel.VILLAGE, "code", 0, 10).total()).isEqualTo(1);
		assertThat(this.units.search("110101001001", null, "code", 0, 10).items()).hasSize(1);
		assertThat(this.units.search("东城", UnitLevel.COUNTY, "-name", 0, 10).items()).extracting(Unit::code)
			.containsExactly("110101");
	}

	@Test
	void searchTreatsLikeWildcardsAsText() {
		assertThat(this.units.search("%", null, "code", 0, 10).total()).isZero();
		assertThat(this.units.search("_", null, "code", 0, 10).total()).isZero();
	}

	@Test
	void refusesSortFieldsOutsideTheAllowlist() {
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.units.search("东", null, "name; DROP TABLE org_unit", 0, 10))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("sort.unknown"));
	}

	@Test
	void moveCarriesTheWholeSubtreeAndItsCounts() {
		AccountPrincipal cityAdmin = this.accounts.create("11", Role.CITY_ADMIN);
		Unit street = this.units.get("110101001");
		long villages = this.units.stats(street).total(UnitLevel.VILLAGE);
		long xichengBefore = this.units.stats(this.units.get("110102")).total(UnitLevel.VILLAGE);

		this.editor.move(cityAdmin, "110101001", "110102", street.version());

		assertThat(this.units.ancestors(this.units.get("110101001001"))).extracting(Unit::code)
			.containsExactly("11", "110102", "110101001");
		assertThat(this.units.isWithin(this.units.get("110101001001").id(), this.units.get("110102").id())).isTrue();
		assertThat(this.units.isWithin(this.units.get("110101001001").id(), this.units.get("110101").id())).isFalse();
		assertThat(this.units.stats(this.units.get("110102")).total(UnitLevel.VILLAGE))
			.isEqualTo(xichengBefore + villages);
		assertThat(this.units.stats(this.units.get("11")).total(UnitLevel.VILLAGE)).isEqualTo(7535);
	}

	@Test
	void refusesMovingUnderAUnitOfAnotherLevel() {
		AccountPrincipal cityAdmin = this.accounts.create("11", Role.CITY_ADMIN);

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.editor.move(cityAdmin, "110101001001", "110102", 0))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("unit.move.level"));
	}

	@Test
	void renameKeepsTheOldNameAndRefusesAStaleVersion() {
		AccountPrincipal districtAdmin = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Unit unit = this.units.get("110101001001");

		Unit renamed = this.editor.edit(districtAdmin, "110101001001",
				new UnitChange("多福巷新社区居委会", null, "111", unit.version()));

		assertThat(renamed.shortName()).isEqualTo("多福巷新社区");
		assertThat(renamed.urbanRuralClass()).isEqualTo("111");
		assertThat(this.units.nameHistory(renamed)).extracting((h) -> h.name()).containsExactly("多福巷社区居委会");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.editor.edit(districtAdmin, "110101001001",
					new UnitChange("又一个名字", null, null, unit.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("unit.stale"));
		assertThat(this.units.get("110101001001").name()).isEqualTo("多福巷新社区居委会");
	}

	@Test
	void districtAdministratorCannotTouchAnotherDistrict() {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Unit xicheng = this.units.get("110102001");

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(
					() -> this.editor.edit(dongcheng, "110102001", new UnitChange("x", null, null, xicheng.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("scope.outside"));
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.editor.move(dongcheng, "110101001", "110102", 0))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("scope.outside"));
		assertThat(this.units.get("110102001").name()).isEqualTo(xicheng.name());
	}

	@Test
	void staffWithoutAnEditingRoleCannotEditUnits() {
		AccountPrincipal liaison = this.accounts.create("110101001001", Role.LIAISON);

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.editor.edit(liaison, "110101001001", new UnitChange("x", null, null, 0)))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("role.missing"));
	}

	@Test
	void childrenOfAVillageAreEmpty() {
		assertThat(this.units.children(this.units.get("110101001001"), 0, 10, false).items()).isEqualTo(List.of());
	}

}
