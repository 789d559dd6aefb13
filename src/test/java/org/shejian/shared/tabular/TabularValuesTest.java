package org.shejian.shared.tabular;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shejian.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TabularValuesTest {

	@ParameterizedTest
	@ValueSource(strings = { "1.10101001001E+11", "1.10101E+17", " 1.10101e17 ", "１.１０１０１Ｅ＋１７", "-2E-3" })
	void recognisesNumbersExcelTurnedIntoScientificNotation(String value) {
		assertThat(TabularValues.looksLikeScientific(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "110101001001", "11010119900307001X", "E17", "1.1E", "东城区", "" })
	void leavesOtherValuesAlone(String value) {
		assertThat(TabularValues.looksLikeScientific(value)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "41059, 2012-05-30", "1, 1900-01-01", "59, 1900-02-28", "61, 1900-03-01", "２５５６９, 1970-01-01",
			"2958465, 9999-12-31", "45000.0, 2023-03-15" })
	void readsExcelDayNumbers(String value, LocalDate date) {
		assertThat(TabularValues.excelSerialDate(value)).isEqualTo(date);
	}

	@ParameterizedTest
	@ValueSource(strings = { "60", "0", "2958466", "41059.5", "-1", "2012-05-30", "" })
	void refusesDayNumbersThatAreNoDate(String value) {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> TabularValues.excelSerialDate(value))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("tabular.serialDate.invalid"));
	}

	@Test
	void guardsTextThatASpreadsheetWouldRunAndUndoesOnlyThat() {
		assertThat(TabularValues.guardFormula("=1+1")).isEqualTo("'=1+1");
		assertThat(TabularValues.guardFormula("\rfoo")).isEqualTo("'\rfoo");
		assertThat(TabularValues.guardFormula("东城区")).isEqualTo("东城区");
		assertThat(TabularValues.unguardFormula("'@SUM(A1)")).isEqualTo("@SUM(A1)");
		assertThat(TabularValues.unguardFormula("'tis")).isEqualTo("'tis");
	}

	@Test
	void showsNumbersAsExcelKeepsThem() {
		assertThat(TabularValues.plainNumber(new BigDecimal("1.10101001001E+11"))).isEqualTo("110101001001");
		assertThat(TabularValues.plainNumber(new BigDecimal("1.1010119900307013E17"))).isEqualTo("110101199003070000");
		assertThat(TabularValues.plainNumber(new BigDecimal("0.30000000000000004"))).isEqualTo("0.3");
		assertThat(TabularValues.plainNumber(new BigDecimal("-0"))).isEqualTo("0");
	}

}
