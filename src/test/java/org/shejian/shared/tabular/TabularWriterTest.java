package org.shejian.shared.tabular;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TabularWriterTest {

	private static final List<String> HEADERS = List.of("formula", "phone", "dash", "at", "tab", "number", "decimal",
			"id", "long id", "born", "name");

	private static final List<Object> VALUES = Arrays.asList("=1+1", "+86 10", "-x", "@SUM(A1)", "\tfoo", -12.5,
			new BigDecimal("-12.50"), "110101199003070123", 110101199003070123L, LocalDate.of(2012, 5, 30), null);

	@TempDir
	Path folder;

	@Test
	void guardsFormulasInCsvAndKeepsNumbersPlain() throws IOException {
		byte[] bytes = csv((writer) -> writer.sheet("ignored", HEADERS).row(VALUES));

		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text).endsWith("\r\n").contains(",-12.5,-12.50,");
		try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
			List<CSVRecord> records = parser.getRecords();
			assertThat(records.get(0).get(0)).isEqualTo("formula");
			assertThat(records.get(1).values()).containsExactly("'=1+1", "'+86 10", "'-x", "'@SUM(A1)", "'\tfoo",
					"-12.5", "-12.50", "110101199003070123", "110101199003070123", "2012-05-30", "");
		}
	}

	@Test
	void guardsFormulasInXlsxAndKeepsNumbersNumeric() throws IOException {
		byte[] bytes = xlsx((writer) -> writer.sheet("名单", HEADERS).row(VALUES));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			XSSFSheet sheet = workbook.getSheet("名单");
			XSSFRow row = sheet.getRow(1);
			for (int column = 0; column < 5; column++) {
				assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.STRING);
				assertThat(row.getCell(column).getStringCellValue()).isEqualTo("'" + VALUES.get(column));
			}
			assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(-12.5);
			assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(-12.5);
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo("110101199003070123");
			assertThat(row.getCell(8).getStringCellValue()).isEqualTo("110101199003070123");
			assertThat(DateUtil.isCellDateFormatted(row.getCell(9))).isTrue();
			assertThat(row.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2012, 5, 30));
			assertThat(row.getCell(10)).isNull();
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
		}
	}

	@Test
	void readsItsOwnFilesBackAsTheyWereWritten() throws IOException {
		Path csv = Files.write(this.folder.resolve("out.csv"),
				csv((writer) -> writer.sheet("名单", HEADERS).row(VALUES)));
		Path xlsx = Files.write(this.folder.resolve("out.xlsx"),
				xlsx((writer) -> writer.sheet("名单", HEADERS).row(VALUES)));

		assertThat(firstRow(csv)).containsExactly("=1+1", "+86 10", "-x", "@SUM(A1)", "\tfoo", "-12.5", "-12.50",
				"110101199003070123", "110101199003070123", "2012-05-30", "");
		assertThat(firstRow(xlsx)).containsExactly("=1+1", "+86 10", "-x", "@SUM(A1)", "\tfoo", "-12.5", "-12.5",
				"110101199003070123", "110101199003070123", "2012-05-30", "");
	}

	@Test
	void writesSeveralSheetsToAWorkbook() throws IOException {
		byte[] bytes = xlsx((writer) -> {
			writer.sheet("说明", List.of("列", "填写要求")).row("身份证号", "18 位，按文本填写");
			writer.sheet("名单", List.of("姓名", "身份证号")).row("张三", "110101199003070123");
		});

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			assertThat(workbook.getSheetName(0)).isEqualTo("说明");
			assertThat(workbook.getSheet("名单").getRow(1).getCell(1).getStringCellValue())
				.isEqualTo("110101199003070123");
		}
	}

	@Test
	void holdsOneTableInCsv() {
		RowsWriter writer = RowsWriter.csv(new ByteArrayOutputStream());
		writer.sheet("说明", List.of("列"));

		assertThatIllegalStateException().isThrownBy(() -> writer.sheet("名单", List.of("姓名")));
	}

	@Test
	void writesNothingMoreWhenNotFinished() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (RowsWriter writer = RowsWriter.xlsx(out)) {
			writer.sheet("名单", List.of("姓名")).row("张三");
		}

		assertThat(out.size()).isZero();
	}

	@Test
	void streamsTwoHundredThousandRowsOutAndBackIn() throws IOException {
		Path file = this.folder.resolve("large.xlsx");
		try (OutputStream out = Files.newOutputStream(file); RowsWriter writer = RowsWriter.xlsx(out)) {
			writer.sheet("名单", List.of("code", "name", "amount"));
			for (int i = 0; i < 200_000; i++) {
				writer.row(String.valueOf(110101001001L + i), "居委会" + i, i / 4.0);
			}
			writer.finish();
		}

		long rows = 0;
		Row last = null;
		try (TabularReader reader = TabularReader.open(file, "large.xlsx")) {
			for (Row row = reader.next(); row != null; row = reader.next()) {
				rows++;
				last = row;
			}
		}
		assertThat(rows).isEqualTo(200_000);
		assertThat(last.number()).isEqualTo(200_001);
		assertThat(last.cells()).extracting(Cell::text).containsExactly("110101201000", "居委会199999", "49999.75");
	}

	private static List<String> firstRow(Path file) {
		try (TabularReader reader = TabularReader.open(file, file.getFileName().toString())) {
			assertThat(reader.headers()).isEqualTo(HEADERS);
			return reader.next().cells().stream().map(Cell::text).toList();
		}
	}

	private static byte[] csv(Writing writing) {
		return write(RowsWriter::csv, writing);
	}

	private static byte[] xlsx(Writing writing) {
		return write(RowsWriter::xlsx, writing);
	}

	private static byte[] write(Function<OutputStream, RowsWriter> format, Writing writing) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (RowsWriter writer = format.apply(out)) {
			writing.write(writer);
			writer.finish();
		}
		return out.toByteArray();
	}

	@FunctionalInterface
	private interface Writing {

		void write(RowsWriter writer);

	}

}
