package org.shejian.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shejian.PlatformTestSupport;
import org.shejian.TestDatabase;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ResourceForm;
import org.shejian.catalogue.ResourceForm.ItemForm;
import org.shejian.catalogue.ResourceTables;
import org.shejian.catalogue.ResourceTables.BatchWriter;
import org.shejian.catalogue.ResourceTables.Duplicate;
import org.shejian.catalogue.ResourceTables.LoadRow;
import org.shejian.catalogue.RowQuery;
import org.shejian.catalogue.ShareType;
import org.shejian.catalogue.UpdateCycle;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.tabular.SheetFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The first load of an empty resource: on PostgreSQL copied into a table of its own,
 * indexed at the end and swapped in. Keys repeated in every way, both modes, failures,
 * rollback and a load again, text COPY must carry, and other writers and readers
 * meanwhile.
 */
@Tag("database")
class FirstLoadDatabaseTests extends PlatformTestSupport {

	private static final ItemForm NAME = new ItemForm("name", "名称", null, "DE00013", true);

	private static final ItemForm UNIT = new ItemForm("unit_code", "单位代码", null, "DE00001", true);

	private static final ItemForm RESIDENT = new ItemForm("resident", "常住人口", null, "DE00017", false);

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

	@Autowired
	TransactionTemplate transactions;

	@TempDir
	Path dir;

	@Test
	void keysRepeatedWithinAndAcrossChunksKeepTheirFirstLineAndReportEveryLaterOneWithItsCells() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, "首次导入重复主键");
		int distinct = Imports.CHUNK * 2 + 500;
		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < distinct; i++) {
			rows.add(new String[] { "名" + i, "110101001001", String.valueOf(i) });
		}
		// "名0" four times: again in its own chunk, in the second and in the last one;
		// "名7" twice in the second chunk after its line in the first; "名9000" (second
		// chunk) twice in the last chunk, once with cells that need quotes.
		rows.add(20, new String[] { "名0", "110101001001", "1000001" });
		rows.add(Imports.CHUNK + 100, new String[] { "名0", "110101001001", "1000002" });
		rows.add(Imports.CHUNK + 200, new String[] { "名7", "110101001001", "1000003" });
		rows.add(Imports.CHUNK + 201, new String[] { "名7", "110101001001", "1000004" });
		rows.add(new String[] { "名9000", "110101001001", "1000005" });
		rows.add(new String[] { "名0", "110101001001", "1000006" });
		rows.add(new String[] { " 名9000 ", "110101001001", "\"1,000,007\"" });
		Path file = csv("重复.csv", rows);
		Map<String, Long> firstLines = new HashMap<>();
		Map<String, Long> firstResidents = new HashMap<>();
		Map<Long, List<String>> repeated = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			long line = i + 2;
			String key = rows.get(i)[0].strip();
			String resident = rows.get(i)[2];
			firstResidents.computeIfAbsent(key, (k) -> Long.valueOf(resident));
			if (firstLines.putIfAbsent(key, line) != null) {
				repeated.put(line, List.of(rows.get(i)[0], rows.get(i)[1], rows.get(i)[2].replace("\"", "")));
			}
		}
		assertThat(repeated).hasSize(7);

		Batch batch = this.imports.importFile(dongcheng, resource.identifier(), file, "重复.csv", ImportMode.VALID_ROWS,
				null, Locale.CHINA, Imports.Progress.NONE);

		assertThat(batch.state()).isEqualTo(Batch.State.LOADED);
		assertThat(batch.rowsRead()).isEqualTo(rows.size());
		assertThat(batch.rowsLoaded()).isEqualTo(distinct);
		assertThat(batch.rowsRejected()).isEqualTo(repeated.size());
		assertThat(this.tables.count(resource)).isEqualTo(distinct);
		assertThat(residents(resource)).isEqualTo(firstResidents);
		Path report = this.imports.rejects(dongcheng, batch.id());
		Map<Long, String> reasons = ImportsDatabaseTests.reasons(report);
		assertThat(reasons).containsOnlyKeys(repeated.keySet());
		reasons.forEach((line, reason) -> {
			String key = repeated.get(line).get(0).strip();
			assertThat(reason).as("line " + line).contains("主键 " + key + " 与第 ");
			long earlier = Long.parseLong(reason.replaceAll("^.* 与第 (\\d+) 行重复.*$", "$1"));
			assertThat(earlier).as("line " + line).isLessThan(line);
			assertThat(rows.get((int) earlier - 2)[0].strip()).isEqualTo(key);
		});
		assertThat(ImportsDatabaseTests.reportedCells(report)).isEqualTo(repeated);
		assertSwappedIn(resource);
	}

	@Test
	void aKeyRepeatedAcrossChunksRefusesAnAllOrNothingFirstLoadAndLeavesTheEmptyTableAsItWas() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, "首次导入全部或全不");
		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < Imports.CHUNK + 10; i++) {
			rows.add(new String[] { "名" + i, "110101001001", String.valueOf(i) });
		}
		rows.add(new String[] { "名3", "110101001001", "3" });
		Map<String, Object> before = tableShape(resource);

		Batch refused = this.imports.importFile(dongcheng, resource.identifier(), csv("全部.csv", rows), "全部.csv",
				ImportMode.ALL_OR_NOTHING, null, Locale.CHINA, Imports.Progress.NONE);

		assertThat(refused.state()).isEqualTo(Batch.State.REFUSED);
		assertThat(refused.rowsLoaded()).isZero();
		assertThat(refused.rowsRejected()).isEqualTo(1);
		assertThat(ImportsDatabaseTests.reasons(this.imports.rejects(dongcheng, refused.id())).get(rows.size() + 1L))
			.contains("与第 5 行重复");
		assertThat(this.tables.count(resource)).isZero();
		assertThat(tableShape(resource)).isEqualTo(before);
		assertNoLeftovers(resource);

		rows.remove(rows.size() - 1);
		Batch loaded = this.imports.importFile(dongcheng, resource.identifier(), csv("全部2.csv", rows), "全部2.csv",
				ImportMode.ALL_OR_NOTHING, null, Locale.CHINA, Imports.Progress.NONE);
		assertThat(loaded.state()).isEqualTo(Batch.State.LOADED);
		assertThat(this.tables.count(resource)).isEqualTo(rows.size());
		assertSwappedIn(resource);
	}

	@Test
	void aFirstLoadOfRejectedRowsOnlyThenRollbacksAndLoadsAgainKeepTheTableWhole() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, "首次导入再导入");
		Batch nothing = this.imports.importFile(dongcheng, resource.identifier(),
				csv("坏.csv",
						List.of(new String[] { "甲", "110101999999", "1" }, new String[] { "乙", "110101001001", "x" })),
				"坏.csv", ImportMode.VALID_ROWS, null, Locale.CHINA, Imports.Progress.NONE);
		assertThat(nothing.state()).isEqualTo(Batch.State.LOADED);
		assertThat(nothing.rowsLoaded()).isZero();
		assertThat(nothing.rowsRejected()).isEqualTo(2);
		assertThat(this.tables.count(resource)).isZero();
		assertSwappedIn(resource);

		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < Imports.CHUNK + 3; i++) {
			rows.add(new String[] { "名" + i, "110101001001", String.valueOf(i) });
		}
		rows.add(new String[] { "名1", "110101001001", "99" });
		for (int round = 0; round < 3; round++) {
			Batch batch = this.imports.importFile(dongcheng, resource.identifier(), csv("第" + round + "次.csv", rows),
					"第" + round + "次.csv", ImportMode.VALID_ROWS, null, Locale.CHINA, Imports.Progress.NONE);
			assertThat(batch.rowsLoaded()).as("round " + round).isEqualTo(Imports.CHUNK + 3);
			assertThat(batch.rowsRejected()).as("round " + round).isEqualTo(1);
			assertThat(residents(resource)).as("round " + round).hasSize(Imports.CHUNK + 3).containsEntry("名1", 1L);
			assertSwappedIn(resource);
			this.imports.rollback(dongcheng, batch.id());
			assertThat(this.tables.count(resource)).as("round " + round).isZero();
		}
		this.imports.rollback(dongcheng, nothing.id());
		assertThat(this.tables.count(resource)).isZero();
	}

	@Test
	void aWriteThatFailsLeavesNoLoadTableAndTheEmptyTableTakesAFirstLoadAgain() {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, "首次导入失败");
		Map<String, Object> before = tableShape(resource);
		List<LoadRow> good = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			good.add(new LoadRow("k" + i, 110101001001L, i + 2, new Object[] { "k" + i, "110101001001", (long) i }));
		}
		List<LoadRow> repeated = List
			.of(new LoadRow("k1", 110101001001L, 200, new Object[] { "k1", "110101001001", 1L }));
		List<LoadRow> tooLong = List.of(new LoadRow("x", 110101001001L, 201, new Object[] { "x", "1".repeat(13), 1L }));
		for (List<LoadRow> last : List.of(repeated, tooLong)) {
			assertThatExceptionOfType(RuntimeException.class)
				.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
					BatchWriter writer = this.tables.writer(resource, 1);
					assertThat(writer.write(this.tables.prepare(resource, 1, good))).isEmpty();
					// a repeated key: found while writing on H2, at the end on PostgreSQL
					if (!writer.write(this.tables.prepare(resource, 1, last)).isEmpty()) {
						throw new IllegalStateException("stop");
					}
					writer.finish((duplicate) -> {
						throw new IllegalStateException("stop at " + duplicate);
					});
				}));
			assertThat(this.tables.count(resource)).isZero();
			assertThat(tableShape(resource)).isEqualTo(before);
			assertNoLeftovers(resource);
		}

		List<Duplicate> found = new ArrayList<>();
		this.transactions.executeWithoutResult((status) -> {
			BatchWriter writer = this.tables.writer(resource, 2);
			found.addAll(writer.write(this.tables.prepare(resource, 2, good)));
			found.addAll(writer.write(this.tables.prepare(resource, 2, repeated)));
			writer.finish(found::add);
		});
		assertThat(found).containsExactly(new Duplicate(200, 3, "k1"));
		assertThat(this.tables.count(resource)).isEqualTo(100);
		assertSwappedIn(resource);
	}

	@Test
	void valuesNeedingQuotesEscapesOrSeveralBytesAndEmptyTextBesideNullComeBackAsWritten() {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, "首次导入转义");
		List<String> texts = List.of("", " ", "\\", "\\.", "\\N", "\\\\N", "N", "NULL", "a,b", "\"", "\"\"", "'",
				"a\tb", "a\nb", "a\r\nb", "\n\\.\n", "\r", "末尾\\", "中文，全角", "😀𠀀", "\u2028", "\u00a0", "a\\\"b",
				"=1+1", ",", " lead", "trail ");
		for (long batch = 1; batch <= 2; batch++) {
			List<LoadRow> rows = new ArrayList<>();
			int line = 2;
			for (String text : texts) {
				// the text as key and as a value; the batch's own null and its value
				rows.add(new LoadRow("k" + text, 110101001001L, line++,
						new Object[] { text, "110101001001", batch * 1000 + line }));
			}
			rows.add(new LoadRow("null", 110101001001L, line++, new Object[] { null, "110101001001", null }));
			long id = batch;
			this.transactions.executeWithoutResult((status) -> {
				BatchWriter writer = this.tables.writer(resource, id);
				assertThat(writer.write(this.tables.prepare(resource, id, rows))).isEmpty();
				writer.finish((duplicate) -> {
					throw new IllegalStateException("no key repeats: " + duplicate);
				});
			});
			Map<String, Object[]> stored = new HashMap<>();
			this.jdbc.sql("SELECT _key, c_name, c_resident, _batch FROM " + resource.relation())
				.query((rs, n) -> stored.put(rs.getString(1),
						new Object[] { rs.getString(2), rs.getObject(3), rs.getLong(4) }))
				.list();
			assertThat(stored).hasSize(texts.size() + 1);
			for (LoadRow row : rows) {
				assertThat(stored.get(row.key())).as(row.key())
					.containsExactly(row.values()[0], row.values()[2], batch);
			}
		}
	}

	@Test
	void aSecondWriterWaitsForTheFirstLoadAndThenOverwritesTheSwappedTable() throws Exception {
		Assumptions.assumeTrue(TestDatabase.isPostgres(), "writers wait for each other on PostgreSQL");
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, "首次导入并发");
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			Future<?> first = threads.submit(() -> this.transactions.executeWithoutResult((status) -> {
				BatchWriter writer = this.tables.writer(resource, 1);
				writer.write(this.tables.prepare(resource, 1, rows(0, 3000, 1)));
				written.countDown();
				await(release);
				writer.write(this.tables.prepare(resource, 1, rows(3000, 6000, 1)));
				writer.finish((duplicate) -> {
				});
			}));
			assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
			// readers see the empty table while the first load runs, without waiting
			assertThat(threads.submit(() -> this.tables.count(resource)).get(10, TimeUnit.SECONDS)).isZero();
			List<List<Duplicate>> seen = new ArrayList<>();
			Future<?> second = threads.submit(() -> this.transactions.executeWithoutResult((status) -> {
				BatchWriter writer = this.tables.writer(resource, 2);
				seen.add(writer.write(this.tables.prepare(resource, 2, rows(5000, 8000, 2))));
				writer.finish((duplicate) -> {
				});
			}));
			assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> second.get(2, TimeUnit.SECONDS));
			release.countDown();
			first.get(60, TimeUnit.SECONDS);
			second.get(60, TimeUnit.SECONDS);
			assertThat(seen).containsExactly(List.of());
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
		assertThat(this.tables.count(resource)).isEqualTo(8000);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM " + resource.relation() + "_prev WHERE _superseded_by = 2")
			.query(Long.class)
			.single()).isEqualTo(1000);
		assertSwappedIn(resource);
		this.tables.rollback(resource, 2);
		assertThat(this.tables.count(resource)).isEqualTo(6000);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM " + resource.relation() + " WHERE _batch = 1")
			.query(Long.class)
			.single()).isEqualTo(6000);
	}

	@Test
	void readersSeeTheEmptyTableWhileAFirstLoadRunsWaitForItsSwapAndThenSeeEveryRow() throws Exception {
		Assumptions.assumeTrue(TestDatabase.isPostgres(), "the table is swapped on PostgreSQL");
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, "首次导入读者");
		RowQuery all = new RowQuery(List.of(), List.of(), null, false, null, 10);
		// enough reads that the driver prepares the statement on the server
		for (int i = 0; i < 10; i++) {
			assertThat(this.tables.read(resource, all, null).rows()).isEmpty();
		}
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch swap = new CountDownLatch(1);
		CountDownLatch swapped = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> load = threads.submit(() -> this.transactions.executeWithoutResult((status) -> {
				BatchWriter writer = this.tables.writer(resource, 1);
				writer.write(this.tables.prepare(resource, 1, rows(0, 100, 1)));
				written.countDown();
				await(swap);
				writer.finish((duplicate) -> {
				});
				swapped.countDown();
				await(commit);
			}));
			assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(threads.submit(() -> this.tables.read(resource, all, null).rows()).get(10, TimeUnit.SECONDS))
				.isEmpty();
			swap.countDown();
			assertThat(swapped.await(30, TimeUnit.SECONDS)).isTrue();
			Future<List<Map<String, Object>>> read = threads.submit(() -> this.tables.read(resource, all, null).rows());
			assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> read.get(1, TimeUnit.SECONDS));
			commit.countDown();
			load.get(30, TimeUnit.SECONDS);
			assertThat(read.get(30, TimeUnit.SECONDS)).hasSize(10);
		}
		finally {
			swap.countDown();
			commit.countDown();
			threads.shutdownNow();
		}
		for (int i = 0; i < 10; i++) {
			assertThat(this.tables.read(resource, all, null).rows()).hasSize(10);
		}
		assertThat(this.tables.count(resource)).isEqualTo(100);
	}

	@Test
	void aChangeOfTheItemsThatNeedsNoRowsWaitsForAFirstLoadAndIsThenRefused() throws Exception {
		Assumptions.assumeTrue(TestDatabase.isPostgres(), "writers wait for each other on PostgreSQL");
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, "首次导入时改结构");

		Future<Resource> change = duringAFirstLoad(resource, () -> this.catalogue.change(dongcheng,
				resource.identifier(), form("首次导入时改结构", List.of(NAME, UNIT)), resource.version()));

		assertThat(change).failsWithin(30, TimeUnit.SECONDS)
			.withThrowableOfType(ExecutionException.class)
			.havingCause()
			.isInstanceOf(Problem.class)
			.extracting((ex) -> ((Problem) ex).messageKey())
			.isEqualTo("catalogue.items.hasRows");
		assertThat(residents(resource)).hasSize(100).containsEntry("k7", 100_007L);
	}

	@Test
	void anItemAddedWhileAFirstLoadRunsIsAddedToTheTableSwappedIn() throws Exception {
		Assumptions.assumeTrue(TestDatabase.isPostgres(), "writers wait for each other on PostgreSQL");
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, "首次导入时加项");
		ItemForm households = new ItemForm("households", "户数", null, "DE00019", false);

		Future<Resource> change = duringAFirstLoad(resource, () -> this.catalogue.change(dongcheng,
				resource.identifier(), form("首次导入时加项", List.of(NAME, UNIT, RESIDENT, households)), resource.version()));

		Resource changed = change.get(30, TimeUnit.SECONDS);
		assertThat(changed.item("households")).isPresent();
		assertThat(residents(changed)).hasSize(100).containsEntry("k7", 100_007L);
		assertSwappedIn(changed);
		Map<String, Object> row = this.tables
			.read(changed, new RowQuery(List.of(), List.of(), null, false, null, 1), null)
			.rows()
			.get(0);
		assertThat(row).containsEntry("name", "k0").containsEntry("households", null);
	}

	/**
	 * Runs work on a thread of its own while a first load of 100 rows is under way, and
	 * lets the load finish a second later: the work must wait for it.
	 */
	private <T> Future<T> duringAFirstLoad(Resource resource, Callable<T> work) throws Exception {
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> load = threads.submit(() -> this.transactions.executeWithoutResult((status) -> {
				BatchWriter writer = this.tables.writer(resource, 1);
				writer.write(this.tables.prepare(resource, 1, rows(0, 100, 1)));
				written.countDown();
				await(release);
				writer.finish((duplicate) -> {
				});
			}));
			assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
			Future<T> result = threads.submit(work);
			Thread.sleep(1000);
			assertThat(result).isNotDone();
			release.countDown();
			load.get(30, TimeUnit.SECONDS);
			try {
				result.get(30, TimeUnit.SECONDS);
			}
			catch (ExecutionException ex) {
				// the caller looks at the outcome
			}
			return result;
		}
		finally {
			release.countDown();
			threads.shutdown();
		}
	}

	@Test
	void aSpreadsheetGivingTwoRowsOneNumberLosesNoRowWhenOneRepeatsAKey() throws IOException {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = define(dongcheng, "首次导入行号重复");
		StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\"?><worksheet"
				+ " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		sheetRow(sheet, 1, "名称", "单位代码", "常住人口");
		int distinct = Imports.CHUNK + 10;
		for (int i = 0; i < distinct; i++) {
			sheetRow(sheet, i + 2, "名" + i, "110101001001", String.valueOf(i));
		}
		// a row numbered as the third again, in the second chunk, repeating the
		// key of the second
		sheetRow(sheet, 3, "名0", "110101001001", "99");
		sheet.append("</sheetData></worksheet>");
		Path file = workbook("行号.xlsx", sheet.toString());

		Batch batch = this.imports.importFile(dongcheng, resource.identifier(), file, "行号.xlsx", ImportMode.VALID_ROWS,
				null, Locale.CHINA, Imports.Progress.NONE);

		assertThat(batch.rowsLoaded()).isEqualTo(distinct);
		assertThat(batch.rowsRejected()).isEqualTo(1);
		assertThat(this.tables.count(resource)).isEqualTo(distinct);
		assertThat(residents(resource)).containsEntry("名0", 0L).containsEntry("名1", 1L);
	}

	private static void sheetRow(StringBuilder sheet, int number, String... values) {
		sheet.append("<row r=\"").append(number).append("\">");
		for (int i = 0; i < values.length; i++) {
			sheet.append("<c r=\"")
				.append((char) ('A' + i))
				.append(number)
				.append("\" t=\"inlineStr\"><is><t>")
				.append(values[i])
				.append("</t></is></c>");
		}
		sheet.append("</row>");
	}

	private Path workbook(String name, String sheetXml) throws IOException {
		return SheetFiles.withSheet(this.dir, name, sheetXml);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<LoadRow> rows(int from, int to, long batch) {
		List<LoadRow> rows = new ArrayList<>();
		for (int i = from; i < to; i++) {
			rows.add(new LoadRow("k" + i, 110101001001L, i + 2,
					new Object[] { "k" + i, "110101001001", batch * 100_000 + i }));
		}
		return rows;
	}

	/** The table's indexes and constraints, and the load tables left, on PostgreSQL. */
	private Map<String, Object> tableShape(Resource resource) {
		Map<String, Object> shape = new LinkedHashMap<>();
		if (TestDatabase.isPostgres()) {
			shape.put("indexes",
					this.jdbc
						.sql("SELECT indexname || ' ' || regexp_replace(indexdef, '^.* USING ', '') FROM pg_indexes"
								+ " WHERE schemaname = current_schema() AND tablename = ? ORDER BY indexname")
						.param(resource.relation())
						.query(String.class)
						.list());
			shape.put("constraints", this.jdbc.sql(
					"SELECT conname || ' ' || contype::text FROM pg_constraint WHERE conrelid = to_regclass(?::text) ORDER BY 1")
				.param(resource.relation())
				.query(String.class)
				.list());
			shape.put("key",
					this.jdbc
						.sql("SELECT collation_name || ' ' || is_nullable || ' ' || character_maximum_length"
								+ " FROM information_schema.columns WHERE table_schema = current_schema()"
								+ " AND table_name = ? AND column_name = '_key'")
						.param(resource.relation())
						.query(String.class)
						.single());
		}
		return shape;
	}

	/** The table as a resource is defined, whichever way its rows came. */
	private void assertSwappedIn(Resource resource) {
		if (TestDatabase.isPostgres()) {
			String table = resource.relation();
			assertThat(tableShape(resource))
				.containsEntry("indexes", List.of(table + "_pkey btree (_key)", table + "_unit_ix btree (_unit)"))
				.containsEntry("constraints", List.of(table + "_pkey p"))
				.containsEntry("key", "C NO 400");
		}
		assertNoLeftovers(resource);
	}

	private void assertNoLeftovers(Resource resource) {
		if (TestDatabase.isPostgres()) {
			String table = resource.relation();
			assertThat(this.jdbc
				.sql("SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace"
						+ " AND relname ~ ?")
				.param("^" + table + "($|_)")
				.query(String.class)
				.list()).containsExactlyInAnyOrder(table, table + "_pkey", table + "_unit_ix", table + "_prev",
						table + "_prev_ix");
			// the temporary tables of the session that most likely ran the batch
			assertThat(this.jdbc.sql("SELECT to_regclass(?::text) IS NULL AND to_regclass(?::text) IS NULL")
				.param("pg_temp.ld_" + resource.id())
				.param("pg_temp.ld_" + resource.id() + "_repeats")
				.query(Boolean.class)
				.single()).isTrue();
		}
	}

	private Map<String, Long> residents(Resource resource) {
		Map<String, Long> residents = new HashMap<>();
		this.tables.stream(resource, List.of("name", "resident"), null,
				(values) -> residents.put((String) values[0], (Long) values[1]));
		return residents;
	}

	private Path csv(String name, List<String[]> rows) throws IOException {
		StringBuilder text = new StringBuilder("名称,单位代码,常住人口\r\n");
		for (String[] row : rows) {
			text.append(String.join(",", Arrays.asList(row))).append("\r\n");
		}
		Path file = this.dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	/** A resource keyed by a name of any characters. */
	private Resource define(AccountPrincipal actor, String name) {
		return this.catalogue.define(actor, null, form(name, List.of(NAME, UNIT, RESIDENT)));
	}

	private static ResourceForm form(String name, List<ItemForm> items) {
		return new ResourceForm(name, null, "首次导入的测试。", null, null, "测试", null, "141", null, null, null, null,
				ShareType.UNCONDITIONAL, null, null, false, UpdateCycle.IRREGULAR, items, List.of("name"), "unit_code",
				List.of(), List.of());
	}

}
