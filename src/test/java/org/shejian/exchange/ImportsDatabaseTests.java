package org.shejian.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.CatalogueFixtures;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ResourceForm;
import org.shejian.catalogue.ResourceForm.ItemForm;
import org.shejian.catalogue.ResourceTables;
import org.shejian.catalogue.RowQuery;
import org.shejian.catalogue.RowQuery.Filter;
import org.shejian.catalogue.RowQuery.Operator;
import org.shejian.catalogue.ShareType;
import org.shejian.catalogue.UpdateCycle;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.geo.CoordinateSystem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The import pipeline on real files: encodings, headings in any order, every kind of bad
 * value with its reason, both modes, duplicates, cut-off files, idempotent re-runs,
 * rollback, coordinates, spreadsheets.
 */
@Tag("database")
class ImportsDatabaseTests extends PlatformTestSupport {

	private static final Charset GBK = Charset.forName("GBK");

	@Autowired
	Imports imports;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ResourceTables tables;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void loadsAGbkFileWithHeadingsInAnyOrderAndAReRunChangesNothing() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.population("东城区人口导入", ShareType.UNCONDITIONAL));
		Path file = write("人口.csv", GBK, "年度,户数,单位代码,常住人口,面积,备注\n" + "2023,2011,110101001001,5120,0.3500,多福巷\n"
				+ "2023,1620,１１０１０１００１００２,\"3,990\",,银闸\n");

		Batch first = this.imports.importFile(dongcheng, resource.identifier(), file, "人口.csv",
				ImportMode.ALL_OR_NOTHING, null, Locale.CHINA, Imports.Progress.NONE);

		assertThat(first.state()).isEqualTo(Batch.State.LOADED);
		assertThat(first.fileFormat()).contains("GB18030");
		assertThat(first.rowsLoaded()).isEqualTo(2);
		assertThat(first.message()).contains("备注");
		List<Map<String, Object>> rows = rows(resource);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).containsEntry("unit_code", "110101001002")
			.containsEntry("resident", 3990L)
			.containsEntry("area", null);
		assertThat((BigDecimal) rows.get(0).get("area")).isEqualByComparingTo("0.35");

		Batch again = this.imports.importFile(dongcheng, resource.identifier(), file, "人口.csv",
				ImportMode.ALL_OR_NOTHING, null, Locale.CHINA, Imports.Progress.NONE);
		assertThat(again.rowsLoaded()).isEqualTo(2);
		assertThat(rows(resource)).isEqualTo(rows);
	}

	@Test
	void readsUtf8WithAByteOrderMarkAndEnglishHeadings() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.population("英文表头", ShareType.UNCONDITIONAL));
		Path file = this.dir.resolve("bom.csv");
		Files.write(file, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"Unit code,Year,Resident population\n110101001001,2022,5000\n".getBytes(StandardCharsets.UTF_8)));
		Batch batch = this.imports.importFile(dongcheng, resource.identifier(), file, "bom.csv", ImportMode.VALID_ROWS,
				null, Locale.ENGLISH, Imports.Progress.NONE);
		assertThat(batch.rowsLoaded()).isEqualTo(1);
		assertThat(rows(resource).get(0)).containsEntry("resident", 5000L);
	}

	@Test
	void rejectsEachBadRowWithItsReasonAndLoadsTheValidOnes() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.population("坏行", ShareType.UNCONDITIONAL));
		Path file = write("bad.csv", StandardCharsets.UTF_8, "单位代码,年度,常住人口,户数\n" + "110101001001,2023,5120,2011\n" // good
				+ "1.10101001001E+11,2023,1,1\n" // a code Excel destroyed
				+ "110101001001,2023,99,99\n" // duplicate key
				+ "110102001004,2023,1,1\n" // outside the scope (西城区)
				+ "110101999999,2023,1,1\n" // no such unit
				+ "110101001002,2023,12.5,1\n" // not a whole number
				+ ",2023,1,1\n" // required item missing
				+ "110101001002,1900,1,1\n" // year out of range
				+ "110101001005,2023,300,100\n"); // good

		Batch batch = this.imports.importFile(dongcheng, resource.identifier(), file, "bad.csv", ImportMode.VALID_ROWS,
				null, Locale.CHINA, Imports.Progress.NONE);

		assertThat(batch.state()).isEqualTo(Batch.State.LOADED);
		assertThat(batch.rowsRead()).isEqualTo(9);
		assertThat(batch.rowsLoaded()).isEqualTo(2);
		assertThat(batch.rowsRejected()).isEqualTo(7);
		assertThat(rows(resource)).extracting((row) -> row.get("unit_code"))
			.containsExactly("110101001001", "110101001005");
		assertThat(rows(resource).get(0)).containsEntry("resident", 5120L);
		Map<Long, String> reasons = reasons(this.imports.rejects(dongcheng, batch.id()));
		assertThat(reasons).containsOnlyKeys(3L, 4L, 5L, 6L, 7L, 8L, 9L);
		assertThat(reasons.get(3L)).contains("科学计数法");
		assertThat(reasons.get(4L)).contains("第 2 行重复");
		assertThat(reasons.get(5L)).contains("不在您的数据范围内");
		assertThat(reasons.get(6L)).contains("不存在");
		assertThat(reasons.get(7L)).contains("常住人口").contains("不是整数");
		assertThat(reasons.get(8L)).contains("单位代码");
		assertThat(reasons.get(9L)).contains("1900");
	}

	@Test
	void allOrNothingLoadsNothingWhenOneRowIsRejected() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.population("全部或全不", ShareType.UNCONDITIONAL));
		Path file = write("one-bad.csv", StandardCharsets.UTF_8,
				"单位代码,年度,常住人口\n110101001001,2023,5120\n110101001002,2023,abc\n");
		Batch batch = this.imports.importFile(dongcheng, resource.identifier(), file, "one-bad.csv",
				ImportMode.ALL_OR_NOTHING, null, Locale.CHINA, Imports.Progress.NONE);
		assertThat(batch.state()).isEqualTo(Batch.State.REFUSED);
		assertThat(batch.rowsLoaded()).isZero();
		assertThat(batch.message()).contains("没有导入任何数据");
		assertThat(rows(resource)).isEmpty();
		assertThat(reasons(this.imports.rejects(dongcheng, batch.id()))).containsOnlyKeys(3L);
	}

	@Test
	void aFileCutOffMidRowIsRefusedWholeEvenInValidRowsMode() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.population("截断", ShareType.UNCONDITIONAL));
		Path file = write("cut.csv", StandardCharsets.UTF_8,
				"单位代码,年度,常住人口\n110101001001,2023,5120\n110101001002,2023,\"39");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.imports.importFile(dongcheng, resource.identifier(), file, "cut.csv",
					ImportMode.VALID_ROWS, null, Locale.CHINA, Imports.Progress.NONE));
		assertThat(rows(resource)).isEmpty();
		Batch batch = this.imports.batches(dongcheng, resource.identifier()).get(0);
		assertThat(batch.state()).isEqualTo(Batch.State.REFUSED);
		assertThat(batch.message()).contains("cut.csv");
	}

	@Test
	void aGbkFileThatClaimsNothingAndAFileMissingARequiredColumnAreRefusedWithTheirReason() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.population("缺列", ShareType.UNCONDITIONAL));
		Path missing = write("missing.csv", StandardCharsets.UTF_8, "单位代码,常住人口\n110101001001,5120\n");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.imports.importFile(dongcheng, resource.identifier(), missing, "missing.csv",
					ImportMode.VALID_ROWS, null, Locale.CHINA, Imports.Progress.NONE))
			.extracting(Problem::messageKey)
			.isEqualTo("exchange.header.missing");
		Path damaged = this.dir.resolve("damaged.csv");
		byte[] utf8 = "单位代码,年度\n110101001001,2023\n东城区东城区东城区".getBytes(StandardCharsets.UTF_8);
		utf8[utf8.length - 1] = (byte) 0xFF;
		Files.write(damaged, utf8);
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.imports.importFile(dongcheng, resource.identifier(), damaged, "damaged.csv",
					ImportMode.VALID_ROWS, null, Locale.CHINA, Imports.Progress.NONE));
		assertThat(rows(resource)).isEmpty();
	}

	@Test
	void rollsBackTheNewestBatchOnlyRestoringWhatItOverwrote() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.population("回滚", ShareType.UNCONDITIONAL));
		Batch first = load(dongcheng, resource, "单位代码,年度,常住人口\n110101001001,2023,100\n110101001002,2023,200\n");
		Batch second = load(dongcheng, resource, "单位代码,年度,常住人口\n110101001002,2023,222\n110101001005,2023,300\n");
		assertThat(rows(resource)).extracting((row) -> row.get("resident")).containsExactly(100L, 222L, 300L);

		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.imports.rollback(dongcheng, first.id()))
			.extracting(Problem::messageKey)
			.isEqualTo("exchange.rollback.notNewest");
		Batch undone = this.imports.rollback(dongcheng, second.id());
		assertThat(undone.state()).isEqualTo(Batch.State.ROLLED_BACK);
		assertThat(rows(resource)).extracting((row) -> row.get("resident")).containsExactly(100L, 200L);
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.imports.rollback(dongcheng, second.id()));
		this.imports.rollback(dongcheng, first.id());
		assertThat(rows(resource)).isEmpty();
	}

	@Test
	void storesCoordinatesAsWgs84ConvertedOnceFromTheDeclaredSystem() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.places("坐标导入"));
		Path file = write("gcj.csv", StandardCharsets.UTF_8,
				"对象编号,所在单位代码,经度,纬度\n" + "P1,110101001001,116.38404722455657,39.91334545536069\n"
						+ "P2,110101001001,39.91334545536069,116.38404722455657\n" // swapped
						+ "P3,110101001001,2.3522,48.8566\n" // Paris
						+ "P4,110101001001,116.38,\n"); // half a point
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.imports.importFile(dongcheng, resource.identifier(), file, "gcj.csv",
					ImportMode.VALID_ROWS, null, Locale.CHINA, Imports.Progress.NONE))
			.extracting(Problem::messageKey)
			.isEqualTo("exchange.coordinates.missing");

		Batch batch = this.imports.importFile(dongcheng, resource.identifier(), file, "gcj.csv", ImportMode.VALID_ROWS,
				CoordinateSystem.GCJ02, Locale.CHINA, Imports.Progress.NONE);

		assertThat(batch.rowsLoaded()).isEqualTo(1);
		Map<String, Object> stored = rows(resource).get(0);
		assertThat(((BigDecimal) stored.get("latitude")).doubleValue()).isCloseTo(39.911954, within(1e-5));
		assertThat(((BigDecimal) stored.get("longitude")).doubleValue()).isCloseTo(116.377817, within(1e-5));
		Map<Long, String> reasons = reasons(this.imports.rejects(dongcheng, batch.id()));
		assertThat(reasons.get(3L)).contains("纬度").contains("写反");
		assertThat(reasons.get(4L)).contains("中国");
		assertThat(reasons.get(5L)).contains("同时");
	}

	@Test
	void readsSpreadsheetsKeepingCodesAsTextAndRefusingImpossibleDates() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.organisations("法人导入"));
		Path file = this.dir.resolve("orgs.xlsx");
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("数据");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			row(sheet, 0, "名称", "统一社会信用代码", "所在单位代码", "登记日期");
			row(sheet, 1, "北京某社会组织", "91110000600037341L", 110101001001d, null);
			sheet.getRow(1).createCell(3).setCellValue(LocalDate.of(2012, 5, 30));
			sheet.getRow(1).getCell(3).setCellStyle(date);
			row(sheet, 2, "日期不存在", "121200004013590816", "110101001002", "2012/2/30");
			row(sheet, 3, "校验码错误", "91110000600037342L", "110101001002", "2012-05-30");
			row(sheet, 4, "序列日期", "91152201078377449P", "110101001005", 41059d);
			// a credit code of digits only, typed as a number: its last digits are gone
			row(sheet, 5, "数字格式代码", 121200004013590816d, "110101001005", "2012-05-30");
			workbook.write(out);
		}

		Batch batch = this.imports.importFile(dongcheng, resource.identifier(), file, "orgs.xlsx",
				ImportMode.VALID_ROWS, null, Locale.CHINA, Imports.Progress.NONE);

		assertThat(batch.fileFormat()).startsWith("XLSX");
		assertThat(batch.rowsLoaded()).isEqualTo(2);
		List<Map<String, Object>> rows = rows(resource);
		assertThat(rows).extracting((row) -> row.get("unit_code")).containsExactly("110101001001", "110101001005");
		assertThat(rows).extracting((row) -> row.get("registered_on"))
			.containsExactly(LocalDate.of(2012, 5, 30), LocalDate.of(2012, 5, 30));
		Map<Long, String> reasons = reasons(this.imports.rejects(dongcheng, batch.id()));
		assertThat(reasons.get(3L)).contains("2012/2/30").contains("不存在");
		assertThat(reasons.get(4L)).contains("校验码");
		assertThat(reasons.get(6L)).contains("15 位");
	}

	@Test
	void textNeedingQuotesOrBeyondTheBasicPlaneIsStoredAsWrittenOnAFirstLoadAndAnOverwrite() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.organisations("引号与逗号"));
		List<String> names = List.of("甲,乙\"联合\"服务中心", "𠀀𪚥字号(扩展区)", "\"");
		List<String> codes = List.of("91110000600037341L", "121200004013590816", "91152201078377449P");
		StringBuilder csv = new StringBuilder("名称,统一社会信用代码,所在单位代码\n");
		for (int i = 0; i < 3; i++) {
			csv.append('"')
				.append(names.get(i).replace("\"", "\"\""))
				.append("\",")
				.append(codes.get(i))
				.append(",110101001001\n");
		}

		for (String name : List.of("首次.csv", "再次.csv")) {
			Batch batch = this.imports.importFile(dongcheng, resource.identifier(),
					write(name, StandardCharsets.UTF_8, csv.toString()), name, ImportMode.ALL_OR_NOTHING, null,
					Locale.CHINA, Imports.Progress.NONE);

			assertThat(batch.state()).as(name).isEqualTo(Batch.State.LOADED);
			assertThat(rows(resource)).extracting((row) -> row.get("name")).containsExactlyInAnyOrderElementsOf(names);
		}
	}

	@Test
	void aValueHoldingTheNullCharacterOrAKeyLongerThanItsColumnIsARejectedRowNotAFailedImport() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		ResourceForm buildings = new ResourceForm("楼宇名称和地址", null, "按名称和地址区分的楼宇。", null, null, "楼宇", null, "141", null,
				null, null, null, ShareType.UNCONDITIONAL, null, null, false, UpdateCycle.IRREGULAR,
				List.of(new ItemForm("name", "名称", null, "DE00011", true),
						new ItemForm("address", "地址", null, "DE00012", true),
						new ItemForm("unit_code", "单位代码", null, "DE00001", true)),
				List.of("name", "address"), "unit_code", List.of(), List.of());
		Resource resource = define(dongcheng, buildings);
		StringBuilder csv = new StringBuilder("名称,地址,单位代码\n");
		// past the start of the file, where a null character is taken for a binary file
		for (int i = 0; i < 500; i++) {
			csv.append("楼").append(i).append(",东城区某街").append(i).append("号,110101001001\n");
		}
		csv.append("坏\u0000楼,东城区某街,110101001001\n");
		csv.append("长".repeat(200)).append(',').append("址".repeat(250)).append(",110101001001\n");
		csv.append("长".repeat(200)).append(',').append("址".repeat(199)).append(",110101001001\n");

		for (ImportMode mode : List.of(ImportMode.ALL_OR_NOTHING, ImportMode.VALID_ROWS)) {
			Batch batch = this.imports.importFile(dongcheng, resource.identifier(),
					write("楼宇.csv", StandardCharsets.UTF_8, csv.toString()), "楼宇.csv", mode, null, Locale.CHINA,
					Imports.Progress.NONE);

			assertThat(batch.state()).as(mode.name())
				.isEqualTo((mode == ImportMode.VALID_ROWS) ? Batch.State.LOADED : Batch.State.REFUSED);
			assertThat(batch.rowsRejected()).as(mode.name()).isEqualTo(2);
			Map<Long, String> reasons = reasons(this.imports.rejects(dongcheng, batch.id()));
			assertThat(reasons).containsOnlyKeys(502L, 503L);
			assertThat(reasons.get(502L)).contains("名称").contains("U+0000");
			assertThat(reasons.get(503L)).contains("451").contains("400");
		}
		assertThat(this.tables.count(resource)).isEqualTo(501);
	}

	@Test
	void aFilterOnTheUnitCodeFindsTheRowsWrittenWithThatCodeOnly() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.population("按单位代码筛选", ShareType.UNCONDITIONAL));
		Path file = write("人口.csv", StandardCharsets.UTF_8,
				"单位代码,年度,常住人口\n110101,2022,1\n110101000000,2023,2\n110101001001,2023,3\n");

		Batch batch = this.imports.importFile(dongcheng, resource.identifier(), file, "人口.csv",
				ImportMode.ALL_OR_NOTHING, null, Locale.CHINA, Imports.Progress.NONE);

		assertThat(batch.rowsLoaded()).isEqualTo(3);
		assertThat(rowsOfUnit(resource, "110101")).extracting((row) -> row.get("resident")).containsExactly(1L);
		assertThat(rowsOfUnit(resource, "110101000000")).extracting((row) -> row.get("resident")).containsExactly(2L);
		assertThat(rowsOfUnit(resource, "110101001001")).extracting((row) -> row.get("resident")).containsExactly(3L);
		assertThat(rowsOfUnit(resource, "000000000000")).isEmpty();
	}

	@Test
	void aFileOfManyChunksReportsKeysRepeatedAcrossChunksAndRollsBackWhole() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.population("多块导入", ShareType.UNCONDITIONAL));
		List<String> codes = this.jdbc
			.sql("SELECT code FROM org_unit WHERE anc1 = 110101000000 AND depth = 3 AND valid_to IS NULL ORDER BY code")
			.query(String.class)
			.list();
		int years = Imports.CHUNK * 5 / 2 / codes.size() + 1;
		assertThat(codes.size() * years).isGreaterThan(Imports.CHUNK * 2);
		// Year-major, as a statistics office writes it; resident is the line number.
		StringBuilder first = new StringBuilder("单位代码,年度,常住人口\n");
		int line = 1;
		for (int year = 0; year < years; year++) {
			for (String code : codes) {
				line++;
				first.append(code).append(',').append(1949 + year).append(',').append(line).append('\n');
			}
		}
		int distinct = line - 1;
		// A key of the first chunk again in the second and in the last chunk, and a key
		// of the last year twice.
		String early = codes.get(0) + ",1949,";
		String late = codes.get(1) + "," + (1949 + years - 1) + ",";
		first.append(early).append("9000001\n").append(late).append("9000002\n");
		List<long[]> seen = new ArrayList<>();
		Path file = write("多块.csv", StandardCharsets.UTF_8,
				insertLine(first.toString(), Imports.CHUNK + 10, early + "9000000"));

		Batch batch = this.imports.importFile(dongcheng, resource.identifier(), file, "多块.csv", ImportMode.VALID_ROWS,
				null, Locale.CHINA, (read, rejected) -> seen.add(new long[] { read, rejected }));

		assertThat(batch.state()).isEqualTo(Batch.State.LOADED);
		assertThat(batch.rowsRead()).isEqualTo(distinct + 3);
		assertThat(batch.rowsLoaded()).isEqualTo(distinct);
		assertThat(batch.rowsRejected()).isEqualTo(3);
		assertThat(this.tables.count(resource)).isEqualTo(distinct);
		assertThat(resident(resource, codes.get(0), 1949)).isEqualTo(2L);
		long lateLine = 1L + (years - 1) * codes.size() + 2;
		assertThat(resident(resource, codes.get(1), 1949 + years - 1)).isEqualTo(lateLine);
		Map<Long, String> reasons = reasons(this.imports.rejects(dongcheng, batch.id()));
		assertThat(reasons).hasSize(3);
		assertThat(reasons.get((long) Imports.CHUNK + 10)).contains("与第 2 行重复");
		// the line put in before it moved the row one line down
		assertThat(reasons.values()).filteredOn((reason) -> reason.contains("与第 " + (lateLine + 1) + " 行重复"))
			.hasSize(1);
		assertThat(reasons.values()).filteredOn((reason) -> reason.contains("与第 2 行重复")).hasSize(2);
		// Whether a repeat is found while writing or only when the keys are indexed at
		// the end, the report shows the cells of its line as the file had them.
		Map<Long, List<String>> cells = reportedCells(this.imports.rejects(dongcheng, batch.id()));
		assertThat(cells.get((long) Imports.CHUNK + 10)).containsExactly(codes.get(0), "1949", "9000000");
		assertThat(cells.values()).contains(List.of(codes.get(0), "1949", "9000001"),
				List.of(codes.get(1), String.valueOf(1949 + years - 1), "9000002"));
		assertThat(seen).isNotEmpty();
		assertThat(seen).extracting((counts) -> counts[0]).isSorted();
		assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(distinct + 3);

		// A second file overwrites every row, repeating one key across chunks; its
		// rollback puts every row of the first batch back.
		Path again = write("再次.csv", StandardCharsets.UTF_8,
				first.toString()
					.replaceAll(",(\\d+)\n", ",7$1\n")
					.replace(early + "79000001\n", "")
					.replace(late + "79000002\n", ""));
		Batch second = this.imports.importFile(dongcheng, resource.identifier(),
				write("再次2.csv", StandardCharsets.UTF_8,
						insertLine(Files.readString(again), Imports.CHUNK * 2 + 5, early + "1")),
				"再次2.csv", ImportMode.VALID_ROWS, null, Locale.CHINA, Imports.Progress.NONE);
		assertThat(second.rowsLoaded()).isEqualTo(distinct);
		assertThat(second.rowsRejected()).isEqualTo(1);
		assertThat(resident(resource, codes.get(0), 1949)).isEqualTo(72L);
		this.imports.rollback(dongcheng, second.id());
		assertThat(this.tables.count(resource)).isEqualTo(distinct);
		assertThat(resident(resource, codes.get(0), 1949)).isEqualTo(2L);
		assertThat(resident(resource, codes.get(1), 1949 + years - 1)).isEqualTo(lateLine);

		// All or nothing: one bad row in the last chunk, and nothing of the file stays.
		Batch refused = this.imports.importFile(dongcheng, resource.identifier(),
				write("坏.csv", StandardCharsets.UTF_8, Files.readString(again) + codes.get(2) + ",1900,1\n"), "坏.csv",
				ImportMode.ALL_OR_NOTHING, null, Locale.CHINA, Imports.Progress.NONE);
		assertThat(refused.state()).isEqualTo(Batch.State.REFUSED);
		assertThat(this.tables.count(resource)).isEqualTo(distinct);
		assertThat(resident(resource, codes.get(0), 1949)).isEqualTo(2L);
	}

	/** Puts a line in at a 1-based line number of a CSV text. */
	private static String insertLine(String csv, int number, String line) {
		List<String> lines = new ArrayList<>(List.of(csv.split("\n", -1)));
		lines.add(number - 1, line);
		return String.join("\n", lines);
	}

	private Long resident(Resource resource, String code, int year) {
		List<Filter> filter = List.of(new Filter("unit_code", Operator.EQ, code),
				new Filter("year", Operator.EQ, String.valueOf(year)));
		List<Map<String, Object>> rows = this.tables
			.read(resource, new RowQuery(List.of(), filter, null, false, null, 10), null)
			.rows();
		assertThat(rows).hasSize(1);
		return (Long) rows.get(0).get("resident");
	}

	@Test
	void aHeaderOnlyFileIsRefusedAndARepeatedHeaderOrAHugeValueIsARejectedRow() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.population("表头", ShareType.UNCONDITIONAL));
		Path headerOnly = write("header.csv", StandardCharsets.UTF_8, "单位代码,年度\r\n");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.imports.importFile(dongcheng, resource.identifier(), headerOnly, "header.csv",
					ImportMode.VALID_ROWS, null, Locale.CHINA, Imports.Progress.NONE))
			.extracting(Problem::messageKey)
			.isEqualTo("exchange.noRows");
		assertThat(this.imports.batches(dongcheng, resource.identifier()).get(0).state())
			.isEqualTo(Batch.State.REFUSED);

		// a value longer than a cell of the report holds is reported, cut, not fatal
		String huge = "1".repeat(40_000);
		Path file = write("joined.csv", StandardCharsets.UTF_8,
				"单位代码,年度\n110101001001,2023\n 单位代码 ,年度\n" + huge + ",2023\n");
		Batch batch = this.imports.importFile(dongcheng, resource.identifier(), file, "joined.csv",
				ImportMode.VALID_ROWS, null, Locale.CHINA, Imports.Progress.NONE);
		assertThat(batch.state()).isEqualTo(Batch.State.LOADED);
		assertThat(batch.rowsLoaded()).isEqualTo(1);
		Map<Long, String> reasons = reasons(this.imports.rejects(dongcheng, batch.id()));
		assertThat(reasons).containsOnlyKeys(3L, 4L);
		assertThat(reasons.get(3L)).contains("重复了表头");
		// the reason repeats the value cut short; the report's cells are cut to what a
		// cell holds
		assertThat(reasons.get(4L)).hasSizeLessThan(200).contains("1111…");
	}

	@Test
	void onlyMaintainersOfTheProviderImport() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, CatalogueFixtures.population("范围", ShareType.UNCONDITIONAL));
		Path file = write("x.csv", StandardCharsets.UTF_8, "单位代码,年度\n110101001001,2023\n");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.imports.importFile(xicheng, resource.identifier(), file, "x.csv",
					ImportMode.VALID_ROWS, null, Locale.CHINA, Imports.Progress.NONE))
			.extracting(Problem::status)
			.hasToString("404 NOT_FOUND");
	}

	private Batch load(AccountPrincipal actor, Resource resource, String csv) throws IOException {
		Path file = write("load-" + System.nanoTime() + ".csv", StandardCharsets.UTF_8, csv);
		Batch batch = this.imports.importFile(actor, resource.identifier(), file, file.getFileName().toString(),
				ImportMode.ALL_OR_NOTHING, null, Locale.CHINA, Imports.Progress.NONE);
		assertThat(batch.state()).isEqualTo(Batch.State.LOADED);
		return batch;
	}

	private Resource define(AccountPrincipal actor, ResourceForm form) {
		return this.catalogue.define(actor, null, form);
	}

	private List<Map<String, Object>> rows(Resource resource) {
		return this.tables.read(resource, new RowQuery(List.of(), List.of(), null, false, null, 1000), null).rows();
	}

	private List<Map<String, Object>> rowsOfUnit(Resource resource, String code) {
		List<Filter> filter = List.of(new Filter("unit_code", Operator.EQ, code));
		return this.tables.read(resource, new RowQuery(List.of(), filter, null, false, null, 1000), null).rows();
	}

	private Path write(String name, Charset charset, String text) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, text, charset);
		return file;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	private static void row(Sheet sheet, int index, Object... values) {
		org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Double number) {
				row.createCell(i).setCellValue(number);
			}
			else if (values[i] != null) {
				row.createCell(i).setCellValue((String) values[i]);
			}
		}
	}

	/** Line number to reason, from a report of rejected rows. */
	static Map<Long, String> reasons(Path report) throws IOException {
		Map<Long, String> reasons = new java.util.TreeMap<>();
		try (InputStream in = Files.newInputStream(report); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach((cell) -> header.add(cell.getStringCellValue()));
			assertThat(header).startsWith("行号", "原因");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				reasons.put((long) sheet.getRow(r).getCell(0).getNumericCellValue(),
						sheet.getRow(r).getCell(1).getStringCellValue());
			}
		}
		return reasons;
	}

	/** The cells of the file each row of a report of rejected rows repeats, by line. */
	static Map<Long, List<String>> reportedCells(Path report) throws IOException {
		Map<Long, List<String>> cells = new java.util.TreeMap<>();
		try (InputStream in = Files.newInputStream(report); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				List<String> values = new ArrayList<>();
				for (int c = 2; c < sheet.getRow(r).getLastCellNum(); c++) {
					values.add(sheet.getRow(r).getCell(c).getStringCellValue());
				}
				cells.put((long) sheet.getRow(r).getCell(0).getNumericCellValue(), values);
			}
		}
		return cells;
	}

}
