package org.shejian.standards;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shejian.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The one value check: types, formats, code lists, national codes, spreadsheet damage.
 */
class ValueCheckerTests {

	@Test
	void textKeepsLeadingZerosAndLongDigitStrings() {
		ValueChecker code = checker(DataType.TEXT, "n..12", ValueRule.UNIT_CODE, null);
		assertThat(code.check("110101001001")).isEqualTo("110101001001");
		assertThat(code.check("１１０１０１")).isEqualTo("110101");
	}

	@ParameterizedTest
	@CsvSource({ "1.10101001001E+11", "1.10101E+17", "1.1E11", "-2.5e-3" })
	void refusesCodesThatASpreadsheetTurnedIntoScientificNotation(String value) {
		assertProblem(checker(DataType.TEXT, "c..20", ValueRule.NONE, null), value, "value.scientific");
		assertProblem(checker(DataType.CODE, "c..20", ValueRule.NONE, Set.of("1")), value, "value.scientific");
	}

	@Test
	void checksLengthInCharactersNotBytes() {
		ValueChecker name = checker(DataType.TEXT, "c..4", ValueRule.NONE, null);
		assertThat(name.check("东城𠀀区")).isEqualTo("东城𠀀区");
		assertProblem(name, "东城区东华门", "value.tooLong");
		assertProblem(checker(DataType.TEXT, "an18", ValueRule.NONE, null), "ABC", "value.length");
		assertProblem(checker(DataType.TEXT, "n..6", ValueRule.NONE, null), "12a4", "value.characters");
	}

	@Test
	void refusesTheNullCharacterThatNoTextColumnStores() {
		assertProblem(checker(DataType.TEXT, "c..20", ValueRule.NONE, null), "东城\u0000区", "text.control");
		assertProblem(checker(DataType.TEXT, "c..20", ValueRule.NONE, null), "ab\u0000", "text.control");
		assertProblem(checker(DataType.CODE, "c..20", ValueRule.NONE, Set.of("1\u0000")), "1\u0000", "text.control");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0007", "\u001B", "\u007F", "\u0085", "\u202E", "\u2066", "\u200F" })
	void refusesEveryInvisibleControlInEveryKindOfValue(String control) {
		assertProblem(checker(DataType.TEXT, "c..20", ValueRule.NONE, null), "多福巷" + control + "社区", "text.control");
		assertProblem(checker(DataType.TEXT, "an18", ValueRule.CREDIT_CODE, null), "9111000060" + control + "0037341L",
				"text.control");
		assertProblem(checker(DataType.CODE, "n1", ValueRule.NONE, Set.of("1")), control + "1", "text.control");
		assertProblem(checker(DataType.INTEGER, "n..10", ValueRule.NONE, null), "12" + control, "text.control");
	}

	@Test
	void countsAndMeasuresAreNeverNegativeOtherNumbersMayBe() {
		assertProblem(checker(DataType.INTEGER, "n..10", ValueRule.NOT_NEGATIVE, null), "-5", "value.negative");
		assertProblem(checker(DataType.INTEGER, "n..10", ValueRule.NOT_NEGATIVE, null), "-1,200", "value.negative");
		assertProblem(checker(DataType.DECIMAL, "n..12,4", ValueRule.NOT_NEGATIVE, null), "-0.5", "value.negative");
		assertThat(checker(DataType.INTEGER, "n..10", ValueRule.NOT_NEGATIVE, null).check("+5")).isEqualTo(5L);
		assertThat(checker(DataType.INTEGER, "n..10", ValueRule.NOT_NEGATIVE, null).check("-0")).isEqualTo(0L);
		assertThat(checker(DataType.INTEGER, "n..10", ValueRule.NONE, null).check("-12")).isEqualTo(-12L);
		assertThat(checker(DataType.DECIMAL, "n..10,7", ValueRule.LONGITUDE, null).check("-73.9857"))
			.isEqualTo(new BigDecimal("-73.9857"));
	}

	@Test
	void checksCodesAgainstTheirList() {
		ValueChecker sex = checker(DataType.CODE, "n1", ValueRule.NONE, Set.of("0", "1", "2", "9"));
		assertThat(sex.check(" 2 ")).isEqualTo("2");
		assertProblem(sex, "3", "value.notInCodeList");
	}

	@Test
	void checksNationalIdentifiersWithTheirCheckCharacters() {
		assertThat(checker(DataType.TEXT, "an18", ValueRule.CREDIT_CODE, null).check("91110000600037341l"))
			.isEqualTo("91110000600037341L");
		assertProblem(checker(DataType.TEXT, "an18", ValueRule.CREDIT_CODE, null), "91110000600037342L",
				"creditCode.check");
		ValueChecker id = checker(DataType.TEXT, "an18", ValueRule.ID_NUMBER, null);
		assertThat(id.check("11010519491231002x")).isEqualTo("11010519491231002X");
		assertProblem(id, "110105194912310000", "idNumber.zeroed");
		assertProblem(id, "360426199113010079", "idNumber.birthDate");
		assertProblem(id, "990426199112010074", "idNumber.region");
		assertProblem(id, "36042619910102009X", "idNumber.check");
		assertProblem(id, "3604261991010200", "idNumber.length");
	}

	@Test
	void everyIdentityNumberOfTheConformanceFileIsJudgedAsItSays() throws Exception {
		List<String> lines = Files.readAllLines(Path.of("src/test/resources/fixtures/cn-ids/cn_ids.csv"),
				StandardCharsets.UTF_8);
		int checked = 0;
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", -1);
			if (!fields[0].equals("ric")) {
				continue;
			}
			checked++;
			if (fields[2].startsWith("valid")) {
				assertThat(IdNumber.validate(fields[1])).as(fields[1]).isEqualTo(fields[1].toUpperCase());
			}
			else {
				assertThatExceptionOfType(Problem.class).as(fields[1]).isThrownBy(() -> IdNumber.validate(fields[1]));
			}
		}
		assertThat(checked).isGreaterThan(5);
	}

	@Test
	void readsNumbersExactlyAndWithinTheirFormat() {
		ValueChecker count = checker(DataType.INTEGER, "n..10", ValueRule.NONE, null);
		assertThat(count.check("1,234,567")).isEqualTo(1_234_567L);
		assertThat(count.check("-12")).isEqualTo(-12L);
		assertProblem(count, "12.5", "value.notInteger");
		assertProblem(count, "12345678901", "value.tooManyDigits");
		assertProblem(count, "十二", "value.notNumber");
		ValueChecker area = checker(DataType.DECIMAL, "n..12,4", ValueRule.NONE, null);
		assertThat(area.check("41.8400")).isEqualTo(new BigDecimal("41.8400"));
		assertProblem(area, "1.23456", "value.tooManyDecimals");
	}

	@Test
	void refusesCoordinatesAndYearsOutOfRange() {
		assertProblem(checker(DataType.DECIMAL, "n..10,7", ValueRule.LATITUDE, null), "116.39", "value.range.latitude");
		assertProblem(checker(DataType.DECIMAL, "n..10,7", ValueRule.LONGITUDE, null), "181", "value.range.longitude");
		assertProblem(checker(DataType.INTEGER, "n4", ValueRule.YEAR, null), "1900", "value.range.year");
	}

	@Test
	void readsDatesInEveryAcceptedFormIncludingSpreadsheetSerials() {
		ValueChecker date = checker(DataType.DATE, "YYYY-MM-DD", ValueRule.NONE, null);
		LocalDate expected = LocalDate.of(2012, 5, 30);
		assertThat(date.check("2012-05-30")).isEqualTo(expected);
		assertThat(date.check("2012/5/30")).isEqualTo(expected);
		assertThat(date.check("2012年5月30日")).isEqualTo(expected);
		assertThat(date.check("20120530")).isEqualTo(expected);
		assertThat(date.check("41059")).isEqualTo(expected);
		assertThat(date.check("10000")).isEqualTo(LocalDate.of(1927, 5, 18));
		// Written as text, a number of four digits is a year and shorter ones no date at
		// all, never a day count of 1900 or 1905.
		assertProblem(date, "2012", "date.yearOnly");
		assertProblem(date, "61", "date.unreadable");
		assertProblem(date, "1", "date.unreadable");
		assertProblem(date, "201205", "date.unreadable");
		assertThat(ValueChecker.excelSerial("61")).isEqualTo(LocalDate.of(1900, 3, 1));
		assertProblem(date, "1900-02-29", "date.impossible");
		assertProblem(date, "2012/2/30", "date.impossible");
		assertProblem(date, "2012年2月30日", "date.impossible");
		assertProblem(date, "20120230", "date.impossible");
		assertProblem(date, "next Tuesday", "date.unreadable");
	}

	@Test
	void readsYesAndNoInChineseAndEnglish() {
		ValueChecker flag = checker(DataType.BOOLEAN, "a..5", ValueRule.NONE, null);
		assertThat(flag.check("是")).isEqualTo(true);
		assertThat(flag.check("No")).isEqualTo(false);
		assertProblem(flag, "maybe", "value.boolean");
	}

	@Test
	void blankMeansAbsent() {
		assertThat(checker(DataType.TEXT, "c..5", ValueRule.NONE, null).check("  ")).isNull();
		assertThat(checker(DataType.TEXT, "c..5", ValueRule.NONE, null).check(null)).isNull();
	}

	@Test
	void readsTheFormatNotation() {
		assertThat(ValueFormat.parse("n..12,4")).isEqualTo(new ValueFormat(ValueFormat.Characters.DIGITS, true, 12, 4));
		assertThat(ValueFormat.parse("an18").notation()).isEqualTo("an18");
		assertThat(ValueFormat.parse("yyyy-mm-dd").isDate()).isTrue();
		for (String bad : List.of("", "x..5", "c..", "c..0", "c..5,2", "n..4,4", "c..999999")) {
			assertThatExceptionOfType(Problem.class).as(bad)
				.isThrownBy(() -> ValueFormat.parse(bad))
				.extracting(Problem::messageKey)
				.isEqualTo("standards.format.unreadable");
		}
	}

	@Test
	void buildsTheNameFromTheThreeTerms() {
		assertThat(DataElement.builtName("组织单元", "", "代码")).isEqualTo("组织单元代码");
		assertThat(DataElement.builtName("人员", "出生日期", "日期")).isEqualTo("人员出生日期");
	}

	private static void assertProblem(ValueChecker checker, String value, String key) {
		assertThatExceptionOfType(Problem.class).as(value)
			.isThrownBy(() -> checker.check(value))
			.extracting(Problem::messageKey)
			.isEqualTo(key);
	}

	static ValueChecker checker(DataType type, String format, ValueRule rule, Set<String> codes) {
		DataElement element = new DataElement(1, "DE99999", "测试", null, "测试", "测试", "", "代码", type,
				ValueFormat.parse(format), rule, null, (codes != null) ? "CL-TEST" : null, 1, Status.STANDARD, null,
				null, null, null, null, 0);
		return new ValueChecker(element, (codes != null) ? codes : Set.of());
	}

}
