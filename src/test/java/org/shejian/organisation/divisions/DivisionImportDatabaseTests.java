package org.shejian.organisation.divisions;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitKind;
import org.shejian.organisation.UnitLevel;
import org.shejian.organisation.UnitStats;
import org.shejian.organisation.Units;
import org.shejian.shared.Problem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The first start's Beijing load and re-imports of the national files: idempotent,
 * renaming with history, retiring instead of deleting, and storing nothing when a file is
 * wrong.
 */
@Tag("database")
@Transactional
class DivisionImportDatabaseTests extends PlatformTestSupport {

	private static final LocalDate EDITION_2024 = LocalDate.of(2024, 6, 30);

	@Autowired
	DivisionImporter importer;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Test
	void firstStartLoadsBeijingWithTheSixteenDistrictsUnderTheCity() {
		Unit beijing = this.units.get("11");
		UnitStats stats = this.units.stats(beijing);

		assertThat(beijing.name()).isEqualTo("北京市");
		assertThat(beijing.kind()).isEqualTo(UnitKind.MUNICIPALITY);
		assertThat(stats.total(UnitLevel.PREFECTURAL)).isZero();
		assertThat(stats.total(UnitLevel.COUNTY)).isEqualTo(16);
		assertThat(stats.total(UnitLevel.TOWNSHIP)).isEqualTo(349);
		assertThat(stats.total(UnitLevel.VILLAGE)).isEqualTo(7535);
		assertThat(this.units.children(beijing, 0, 50, false).items()).hasSize(16)
			.allSatisfy((district) -> assertThat(district.level()).isEqualTo(UnitLevel.COUNTY));
		assertThat(this.units.find("1101")).isEmpty();
	}

	@Test
	void reimportingTheSameEditionChangesNothing() {
		ImportReport report = this.importer.importProvince(DivisionFileSet.shipped("11"), "11", EDITION_2024, "test",
				ImportProgress.NONE);

		assertThat(report.rows()).isEqualTo(1 + 16 + 349 + 7535);
		assertThat(report.unchanged()).isEqualTo(report.rows());
		assertThat(report.added() + report.renamed() + report.retired() + report.moved() + report.restored()).isZero();
		assertThat(this.units.get("110101001001").version()).isZero();
	}

	@Test
	void newerEditionAddsRenamesAndRetiresKeepingHistory() {
		DivisionFiles files = DivisionFiles.shipped()
			.put("streets.csv", shippedStreets().replace("\"东华门街道\"", "\"东华门新街道\""))
			.put("villages-11.csv",
					shippedVillages().replace("110101001001,\"多福巷社区居委会\",110101001,11,1101,110101\n", "")
							+ "110101001099,\"新建社区居委会\",110101001,11,1101,110101\n");

		ImportReport report = this.importer.importProvince(files.toSet(), "11", EDITION_2024, "test",
				ImportProgress.NONE);

		assertThat(report.added()).isEqualTo(1);
		assertThat(report.renamed()).isEqualTo(1);
		assertThat(report.retired()).isEqualTo(1);
		Unit retired = this.units.get("110101001001");
		assertThat(retired.validTo()).isEqualTo(EDITION_2024);
		assertThat(this.units.get("110101001").name()).isEqualTo("东华门新街道");
		assertThat(this.units.nameHistory(this.units.get("110101001"))).singleElement()
			.satisfies((record) -> assertThat(record.name()).isEqualTo("东华门街道"));
		assertThat(this.units.stats(this.units.get("11")).total(UnitLevel.VILLAGE)).isEqualTo(7535);
	}

	@Test
	void retiredUnitListedAgainIsRestored() {
		String without = shippedVillages().replace("110101001001,\"多福巷社区居委会\",110101001,11,1101,110101\n", "");
		this.importer.importProvince(DivisionFiles.shipped().put("villages-11.csv", without).toSet(), "11",
				EDITION_2024, "test", ImportProgress.NONE);

		ImportReport report = this.importer.importProvince(DivisionFileSet.shipped("11"), "11",
				EDITION_2024.plusYears(1), "test", ImportProgress.NONE);

		assertThat(report.restored()).isEqualTo(1);
		assertThat(this.units.get("110101001001").isCurrent()).isTrue();
	}

	@Test
	void failedImportStoresNothing() {
		long before = count();
		DivisionFiles broken = DivisionFiles.shipped()
			.put("villages-11.csv", shippedVillages() + "110101001098,\"新社区居委会\",110101001,11,1101,110101\n"
					+ "110101999001,\"孤儿社区居委会\",110101999,11,1101,110101\n");

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(
					() -> this.importer.importProvince(broken.toSet(), "11", EDITION_2024, "test", ImportProgress.NONE))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("import.rejected"));
		assertThat(count()).isEqualTo(before);
		assertThat(this.units.find("110101001098")).isEmpty();
	}

	@Test
	void headerOnlyOrMissingFileIsRefusedInsteadOfRetiringALevel() {
		long before = count();
		DivisionFiles headerOnly = DivisionFiles.shipped()
			.put("villages-11.csv", "code,name,streetCode,provinceCode,cityCode,areaCode\n");
		DivisionFiles missing = DivisionFiles.shipped().remove("villages-11.csv");

		for (DivisionFiles files : java.util.List.of(headerOnly, missing)) {
			assertThatExceptionOfType(Problem.class).isThrownBy(
					() -> this.importer.importProvince(files.toSet(), "11", EDITION_2024, "test", ImportProgress.NONE))
				.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("import.level.missing"));
		}
		assertThat(count()).isEqualTo(before);
		assertThat(this.units.get("110101001001").isCurrent()).isTrue();
	}

	@Test
	void olderEditionCannotReplaceANewerOne() {
		this.importer.importProvince(DivisionFileSet.shipped("11"), "11", EDITION_2024, "test", ImportProgress.NONE);

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.importer.importProvince(DivisionFileSet.shipped("11"), "11",
					EDITION_2024.minusYears(1), "test", ImportProgress.NONE))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("import.edition.older"));
	}

	@Test
	void everyRenameAndRetirementIsAuditedPerUnit() {
		DivisionFiles files = DivisionFiles.shipped()
			.put("villages-11.csv", shippedVillages().replace("\"多福巷社区居委会\"", "\"多福巷东社区居委会\"")
				.replace("110101001002,\"银闸社区居委会\",110101001,11,1101,110101\n", ""));

		this.importer.importProvince(files.toSet(), "11", EDITION_2024, "test", ImportProgress.NONE);

		assertThat(this.jdbc.sql("SELECT action FROM audit_record WHERE target IN (?, ?) ORDER BY seq")
			.params("unit:110101001001", "unit:110101001002")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("unit.rename", "unit.retire");
	}

	@Test
	void importsAnotherProvinceBesideBeijing() {
		ImportReport report = this.importer.importProvince(DivisionFileSet.shipped("12"), "12", EDITION_2024, "test",
				ImportProgress.NONE);

		Unit tianjin = this.units.get("12");
		assertThat(report.added()).isEqualTo(report.rows());
		assertThat(tianjin.kind()).isEqualTo(UnitKind.MUNICIPALITY);
		assertThat(this.units.children(tianjin, 0, 50, false).items())
			.allSatisfy((district) -> assertThat(district.level()).isEqualTo(UnitLevel.COUNTY));
		assertThat(this.units.stats(tianjin).total(UnitLevel.VILLAGE)).isZero();
	}

	@Test
	void provincesWithPrefecturesKeepTheirPrefectureLevel() {
		this.importer.importProvince(DivisionFileSet.shipped("13"), "13", EDITION_2024, "test", ImportProgress.NONE);

		Unit shijiazhuang = this.units.get("1301");
		assertThat(shijiazhuang.level()).isEqualTo(UnitLevel.PREFECTURAL);
		assertThat(this.units.ancestors(this.units.get("130102"))).extracting(Unit::code).containsExactly("13", "1301");
	}

	@Test
	void importsEveryProvinceOfTheNationalFiles() {
		long townships = 0;
		for (String line : DivisionFiles.shippedText("provinces.csv").lines().skip(1).toList()) {
			String province = line.substring(0, 2);
			if (!province.equals("11")) {
				this.importer.importProvince(DivisionFileSet.shipped(province), province, EDITION_2024, "test",
						ImportProgress.NONE);
			}
			townships += this.units.stats(this.units.get(province)).total(UnitLevel.TOWNSHIP);
		}

		// 41,352 township rows, one of which (350527000 金门县) stands for its county and is
		// no unit.
		assertThat(townships).isEqualTo(41_351);
		assertThat(this.units.get("441900003").parentId()).isEqualTo(this.units.get("4419").id());
		assertThat(this.units.roots()).hasSize(31);
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();
	}

	private static String shippedStreets() {
		return DivisionFiles.shippedText("streets.csv");
	}

	private static String shippedVillages() {
		return DivisionFiles.shippedText("villages-11.csv");
	}

}
