package org.shejian.shared.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TabularReaderTest {

	private static final Charset GBK = Charset.forName("GBK");

	@TempDir
	Path folder;

	@Test
	void readsGbkCsvWhoseChineseComesOnlyAtTheEnd() throws IOException {
		StringBuilder text = new StringBuilder("code,name\n");
		for (int i = 0; i < 100_000; i++) {
			text.append(110101001001L + i).append(",Dongcheng\n");
		}
		text.append("110101999999,东城区和平里街道\n");
		Path file = write("units.csv", text.toString().getBytes(GBK));

		try (TabularReader reader = TabularReader.open(file, "units.csv")) {
			Row last = null;
			for (Row row = reader.next(); row != null; row = reader.next()) {
				last = row;
			}
			assertThat(reader.description()).isEqualTo("CSV, GB18030");
			assertThat(reader.format()).isEqualTo(TabularFormat.CSV);
			assertThat(last.text("name")).isEqualTo("东城区和平里街道");
			assertThat(last.number()).isEqualTo(100_002);
		}
	}

	@Test
	void readsUtf8WithAByteOrderMarkBeforeTheHeader() throws IOException {
		Path file = write("units.csv", EncodingsTest.withBom("code,name\r\n110101,东城区\r\n"));

		try (TabularReader reader = TabularReader.open(file, "units.csv")) {
			assertThat(reader.headers()).containsExactly("code", "name");
			assertThat(reader.next().text("code")).isEqualTo("110101");
		}
	}

	@Test
	void normalisesHeadersButNotValues() throws IOException {
		Path file = write("people.csv", " 姓名 ,ＩＤ, 备注（选填）\n张三,００１０,（无）\n");

		List<Row> rows = rows(file);

		assertThat(rows.get(0).headers()).containsExactly("姓名", "ID", "备注(选填)");
		assertThat(rows.get(0).text("ＩＤ")).isEqualTo("００１０");
		assertThat(rows.get(0).text("备注（选填）")).isEqualTo("（无）");
		assertThat(rows.get(0).isNumeric(1)).isFalse();
	}

	@Test
	void keepsAValueSpreadOverSeveralLinesAsOneRow() throws IOException {
		Path file = write("units.csv", "code,address\n110101,\"东城区\n景山前街 4 号\"\n110102,\"西城区, \"\"金融街\"\"\"\n");

		List<Row> rows = rows(file);

		assertThat(rows).extracting((row) -> row.text("address")).containsExactly("东城区\n景山前街 4 号", "西城区, \"金融街\"");
		assertThat(rows).extracting(Row::number).containsExactly(2L, 3L);
	}

	@Test
	void skipsBlankLinesButCountsThemAsASpreadsheetDoes() throws IOException {
		Path file = write("units.csv", "\ncode,name\n\n110101,东城区\n,,\n110102,西城区\n");

		try (TabularReader reader = TabularReader.open(file, "units.csv")) {
			assertThat(reader.headerRow()).isEqualTo(2);
			assertThat(reader.next().number()).isEqualTo(4);
			assertThat(reader.next().number()).isEqualTo(6);
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void givesBlankCellsForValuesARowLeavesOut() throws IOException {
		List<Row> rows = rows(write("units.csv", "code,name,note\n110101\n"));

		assertThat(rows.get(0).text("note")).isEmpty();
		assertThat(rows.get(0).cells()).hasSize(3);
	}

	@Test
	void refusesACsvCutInsideAQuotedValueNamingTheRow() throws IOException {
		Path file = write("units.csv", "code,name\n110101,东城区\n110102,\"西城");

		assertLocated(() -> rows(file), "units.csv", 3, "tabular.csv.unclosedQuote");
	}

	@Test
	void refusesAQuoteFollowedByMoreText() throws IOException {
		Path file = write("units.csv", "code,name\n110101,\"东城\"区\n");

		assertLocated(() -> rows(file), "units.csv", 2, "tabular.csv.strayQuote");
	}

	@Test
	void stopsARowThatNeverEndsBeforeItFillsMemory() throws IOException {
		String rest = "110102,西城区\n".repeat(CsvSource.MAX_ROW_CHARS / 8);
		Path file = write("units.csv", "code,name\n110101,\"东城区\n" + rest);

		assertLocated(() -> rows(file), "units.csv", 2, "tabular.csv.rowTooLong");
	}

	@Test
	void refusesARowWithMoreValuesThanTheHeaderNamingTheRow() throws IOException {
		Path file = write("units.csv", "code,name\n110101,东城区,,\n110102,西城区,11\n");

		assertLocated(() -> rows(file), "units.csv", 3, "tabular.row.extraValues");
	}

	@Test
	void refusesAHeaderNamingAColumnTwice() throws IOException {
		Path file = write("units.csv", "code,name,ｃｏｄｅ\n");

		assertLocated(() -> rows(file), "units.csv", 1, "tabular.header.duplicate");
	}

	@Test
	void refusesEmptyFiles() throws IOException {
		assertLocated(() -> rows(write("a.csv", new byte[0])), "a.csv", 0, "tabular.file.empty");
		assertLocated(() -> rows(write("b.csv", "\n , \n")), "b.csv", 0, "tabular.file.empty");
	}

	@Test
	void refusesDamagedUtf8() throws IOException {
		byte[] whole = "code,name\n110101,东城区\n".getBytes(StandardCharsets.UTF_8);
		Path file = write("units.csv", Arrays.copyOf(whole, whole.length - 2));

		assertLocated(() -> rows(file), "units.csv", 0, "tabular.encoding.damagedUtf8");
	}

	@Test
	void readsWorkbookCellsAsThePersonSawThem() throws IOException {
		Path file = this.folder.resolve("people.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("名单");
			row(sheet, 0, "code", "id", "name", "born", "seen", "double", "total", "label", "ok", "local", "part");
			XSSFRow row = row(sheet, 1);
			row.createCell(0).setCellValue(110101001001d);
			row.createCell(1).setCellValue(110101199003070123d);
			row.createCell(2).setCellValue("北京市东城区");
			row.createCell(3).setCellValue(LocalDate.of(2012, 5, 30));
			row.getCell(3).setCellStyle(dateStyle(workbook, "yyyy-mm-dd"));
			row.createCell(4).setCellValue(LocalDateTime.of(2012, 5, 30, 8, 30));
			row.getCell(4).setCellStyle(dateStyle(workbook, "yyyy/m/d h:mm"));
			row.createCell(5).setCellValue(-12.5);
			row.createCell(6).setCellFormula("A2*2");
			row.createCell(7).setCellFormula("\"北\"&\"京\"");
			row.createCell(8).setCellValue(true);
			row.createCell(9).setCellValue("１１０１０１");
			row.createCell(10).setCellFormula("0.1+0.2");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			save(workbook, file);
		}

		try (TabularReader reader = TabularReader.open(file, "people.xlsx")) {
			Row row = reader.next();

			assertThat(reader.description()).isEqualTo("XLSX, 名单");
			assertThat(row.number()).isEqualTo(2);
			assertThat(row.cells()).extracting(Cell::text)
				.containsExactly("110101001001", "110101199003070000", "北京市东城区", "2012-05-30", "2012-05-30 08:30:00",
						"-12.5", "220202002002", "北京", "TRUE", "１１０１０１", "0.3");
			assertThat(row.cells()).extracting(Cell::kind)
				.containsExactly(Cell.Kind.NUMBER, Cell.Kind.NUMBER, Cell.Kind.TEXT, Cell.Kind.DATE, Cell.Kind.DATE,
						Cell.Kind.NUMBER, Cell.Kind.NUMBER, Cell.Kind.TEXT, Cell.Kind.BOOLEAN, Cell.Kind.TEXT,
						Cell.Kind.NUMBER);
			assertThat(row.isNumeric(1)).isTrue();
			assertThat(Text.compact(row.text("local"))).isEqualTo("110101");
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void readsSparseRowsAndTheSheetAsked() throws IOException {
		Path file = this.folder.resolve("book.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			row(workbook.createSheet("说明"), 0, "请在第二个工作表中填写");
			XSSFSheet data = workbook.createSheet("数据");
			row(data, 0, "code", "name", "note");
			row(data, 4, "110101").createCell(2).setCellValue("备注");
			save(workbook, file);
		}

		try (TabularReader reader = TabularReader.open(file, "book.xlsx", " 数据 ")) {
			Row row = reader.next();

			assertThat(row.number()).isEqualTo(5);
			assertThat(row.cells()).extracting(Cell::text).containsExactly("110101", "", "备注");
		}
		assertLocated(() -> TabularReader.open(file, "book.xlsx", "名单"), "book.xlsx", 0, "tabular.sheet.missing");
	}

	@Test
	void readsDatesOfA1904Workbook() throws IOException {
		Path file = this.folder.resolve("mac.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
			XSSFSheet sheet = workbook.createSheet();
			row(sheet, 0, "born");
			XSSFCell cell = row(sheet, 1).createCell(0);
			cell.setCellValue(LocalDate.of(2012, 5, 30));
			cell.setCellStyle(dateStyle(workbook, "yyyy-mm-dd"));
			save(workbook, file);
		}

		assertThat(rows(file).get(0).text("born")).isEqualTo("2012-05-30");
	}

	@Test
	void refusesALegacyXlsFileAskingForXlsxOrCsv() throws IOException {
		Path file = this.folder.resolve("old.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			row(workbook.createSheet(), "code");
			save(workbook, file);
		}

		assertLocated(() -> TabularReader.open(file, "old.xls"), "old.xls", 0, "tabular.format.xls");
	}

	@Test
	void refusesFilesNamedXlsxThatAreNoWorkbook() throws IOException {
		byte[] random = new byte[4096];
		new Random(7).nextBytes(random);

		assertLocated(
				() -> TabularReader.open(write("a.xlsx", "<html><body><table><tr><td>1</td></tr></table>"), "a.xlsx"),
				"a.xlsx", 0, "tabular.format.markup");
		assertLocated(() -> TabularReader.open(write("b.xlsx", "\uFEFF  <svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
				"b.xlsx"), "b.xlsx", 0, "tabular.format.markup");
		assertLocated(() -> TabularReader.open(write("c.xlsx", random), "c.xlsx"), "c.xlsx", 0,
				"tabular.format.binary");
	}

	@Test
	void refusesZipFilesThatAreNoWorkbook() throws IOException {
		Path zip = this.folder.resolve("a.xlsx");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("units.csv"));
			out.write("code,name\n".getBytes(StandardCharsets.UTF_8));
		}
		Path document = this.folder.resolve("b.xlsx");
		try (XWPFDocument word = new XWPFDocument(); OutputStream out = Files.newOutputStream(document)) {
			word.createParagraph().createRun().setText("不是表格");
			word.write(out);
		}
		Path workbook = this.folder.resolve("whole.xlsx");
		try (XSSFWorkbook whole = new XSSFWorkbook()) {
			row(whole.createSheet(), "code");
			save(whole, workbook);
		}
		byte[] bytes = Files.readAllBytes(workbook);
		Path cut = write("c.xlsx", Arrays.copyOf(bytes, bytes.length / 2));

		assertLocated(() -> TabularReader.open(zip, "a.xlsx"), "a.xlsx", 0, "tabular.format.notWorkbook");
		assertLocated(() -> TabularReader.open(document, "b.xlsx"), "b.xlsx", 0, "tabular.format.notWorkbook");
		assertLocated(() -> TabularReader.open(cut, "c.xlsx"), "c.xlsx", 0, "tabular.format.notWorkbook");
	}

	@Test
	void refusesASheetDamagedInsideARowNamingTheRow() throws IOException {
		Path whole = this.folder.resolve("whole.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet();
			row(sheet, 0, "code");
			row(sheet, 1, "110101");
			row(sheet, 2, "110102");
			save(workbook, whole);
		}
		Path damaged = this.folder.resolve("damaged.xlsx");
		try (ZipFile in = new ZipFile(whole.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
			for (ZipEntry entry : Collections.list(in.entries())) {
				String xml = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write((entry.getName().endsWith("sheet1.xml") ? xml.substring(0, xml.indexOf("<row r=\"3\"") + 12)
						: xml)
					.getBytes(StandardCharsets.UTF_8));
			}
		}

		try (TabularReader reader = TabularReader.open(damaged, "damaged.xlsx")) {
			assertThat(reader.next().text("code")).isEqualTo("110101");
			assertLocated(reader::next, "damaged.xlsx", 3, "tabular.xlsx.damaged");
		}
	}

	@Test
	void readsTheTextBehindAFormulaGuard() throws IOException {
		List<Row> rows = rows(write("a.csv", "phone,note\n'+86 10 1234,'it's\n"));

		assertThat(rows.get(0).text("phone")).isEqualTo("+86 10 1234");
		assertThat(rows.get(0).text("note")).isEqualTo("'it's");
	}

	@Test
	void refusesUtf16TextWithAWayToSaveItAgain() throws IOException {
		String text = "\uFEFFcode,name\r\n110101,东城区\r\n";
		Path little = write("unicode-le.csv", text.getBytes(StandardCharsets.UTF_16LE));
		Path big = write("unicode-be.csv", text.getBytes(StandardCharsets.UTF_16BE));
		for (Path file : List.of(little, big)) {
			Problem problem = catchThrowableOfType(Problem.class, () -> rows(file));
			assertThat(problem.details().get(0).messageKey()).isEqualTo("tabular.encoding.utf16");
		}
	}

	@Test
	void readsEveryKindOfLineEndAndAHeaderOnlyFileAsNoRows() throws IOException {
		Path mixed = write("mixed.csv", "code,name \r1,a\n2,\"b\r\nc\"\r\n3,d\r");
		List<Row> rows = rows(mixed);
		assertThat(rows).extracting((row) -> row.text("name")).containsExactly("a", "b\r\nc", "d");
		assertThat(rows).extracting(Row::number).containsExactly(2L, 3L, 4L);
		assertThat(rows(write("header.csv", "code,name\r\n"))).isEmpty();
	}

	@Test
	void refusesAHeaderOfTenThousandColumns() throws IOException {
		StringBuilder header = new StringBuilder("c0");
		for (int i = 1; i < 10_000; i++) {
			header.append(",c").append(i);
		}
		Path file = write("wide.csv", header + "\r\n");
		assertLocated(() -> rows(file), "wide.csv", 1, "tabular.header.tooManyColumns");
	}

	@Test
	void refusesTheFictitiousTwentyNinthOfFebruary1900InADateCell() throws IOException {
		Path file = this.folder.resolve("dates.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("s");
			row(sheet, 0, "day");
			CellStyle style = dateStyle(workbook, "yyyy-mm-dd");
			for (int serial : new int[] { 59, 60, 61 }) {
				XSSFCell cell = sheet.createRow(serial - 58).createCell(0);
				cell.setCellValue(serial);
				cell.setCellStyle(style);
			}
			save(workbook, file);
		}
		// as written, so that a date check refuses it, not moved to 1 March
		assertThat(rows(file)).extracting((row) -> row.text("day"))
			.containsExactly("1900-02-28", "1900-02-29", "1900-03-01");
	}

	@Test
	void refusesACellThatUnpacksLargerThanExcelHoldsWithoutReadingItAll() throws IOException {
		StringBuilder sheet = new StringBuilder(SHEET_START).append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\">")
			.append("<is><t>name</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
		Random random = new Random(1);
		for (int i = 0; i < 5_000_000; i++) {
			sheet.append((char) ('a' + random.nextInt(4)));
		}
		sheet.append("</t></is></c></row>").append(SHEET_END);
		Path bomb = withSheet("bomb.xlsx", sheet.toString());
		assertLocated(() -> rows(bomb), "bomb.xlsx", 2, "tabular.xlsx.cellTooLong");
	}

	@Test
	void refusesASheetDeclaringExternalOrExpandingEntities() throws IOException {
		String external = "<!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
		String expanding = "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
		for (String doctype : List.of(external, expanding)) {
			String xml = SHEET_START.replace("<worksheet", doctype + "<worksheet")
					+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;&b;</t></is></c></row>" + SHEET_END;
			Path file = withSheet("entities.xlsx", xml);
			Problem problem = catchThrowableOfType(Problem.class, () -> rows(file));
			assertThat(problem.details().get(0).messageKey()).isEqualTo("tabular.xlsx.damaged");
		}
	}

	private static final String SHEET_START = "<?xml version=\"1.0\"?><worksheet"
			+ " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

	private static final String SHEET_END = "</sheetData></worksheet>";

	private Path withSheet(String name, String sheetXml) throws IOException {
		return SheetFiles.withSheet(this.folder, name, sheetXml);
	}

	private Path write(String name, String text) throws IOException {
		return write(name, text.getBytes(StandardCharsets.UTF_8));
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.folder.resolve(name), bytes);
	}

	private static List<Row> rows(Path file) {
		try (TabularReader reader = TabularReader.open(file, file.getFileName().toString())) {
			List<Row> rows = new ArrayList<>();
			for (Row row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
			return rows;
		}
	}

	private static void assertLocated(ThrowingCallable call, String file, long line, String messageKey) {
		Problem problem = catchThrowableOfType(Problem.class, call);
		assertThat(problem).as("refusal").isNotNull();
		assertThat(problem.isLocated()).isTrue();
		assertThat(problem.arguments()).containsExactly(file, line);
		assertThat(problem.details().get(0).messageKey()).isEqualTo(messageKey);
	}

	private static XSSFRow row(XSSFSheet sheet, int index, String... values) {
		XSSFRow row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
		return row;
	}

	private static void row(org.apache.poi.ss.usermodel.Sheet sheet, String value) {
		sheet.createRow(0).createCell(0).setCellValue(value);
	}

	private static CellStyle dateStyle(XSSFWorkbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static void save(Workbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

}
