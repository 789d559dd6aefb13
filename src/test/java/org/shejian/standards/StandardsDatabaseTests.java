package org.shejian.standards;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.standards.Standards.ElementForm;
import org.shejian.standards.Standards.ListForm;
import org.shejian.standards.Standards.ValueForm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The registry: the code lists and elements it starts with, versions of elements and of
 * code lists, and who may change them.
 */
@Tag("database")
@Transactional
class StandardsDatabaseTests extends PlatformTestSupport {

	@Autowired
	Standards standards;

	@Autowired
	TestAccounts accounts;

	@Test
	void startsWithTheNationalCodeListsAndThePlatformsElements() {
		assertThat(this.standards.codeList("CL-SEX").currentValues()).extracting(CodeList.CodeValue::code)
			.containsExactly("0", "1", "2", "9");
		assertThat(this.standards.codeList("CL-URBAN-RURAL").currentValues()).hasSize(7);
		assertThat(this.standards.codeList("CL-USCC-CATEGORY").currentValues()).extracting(CodeList.CodeValue::code)
			.contains("51", "52", "53", "91");
		assertThat(this.standards.element("DE00007").rule()).isEqualTo(ValueRule.CREDIT_CODE);
		assertThat(this.standards.checker("DE00010").check("1")).isEqualTo("1");
		assertThat(this.standards.checker("DE00004").check("COMMUNITY")).isEqualTo("COMMUNITY");
	}

	@Test
	void aCodeListChangeRaisesItsVersionAndOldVersionsKeepTheirValues() {
		AccountPrincipal city = this.accounts.create("110000", Role.CITY_ADMIN);
		CodeList list = this.standards.defineList(city, new ListForm("CL-HOUSING", "住房类型", "Housing", "测试"));
		list = this.standards.addValue(city, "CL-HOUSING", new ValueForm("1", "商品房", "Commercial", null),
				list.version());
		list = this.standards.addValue(city, "CL-HOUSING", new ValueForm("2", "平房", "Bungalow", null), list.version());
		list = this.standards.retireValue(city, "CL-HOUSING", "2", list.version());

		assertThat(list.listVersion()).isEqualTo(4);
		assertThat(list.currentValues()).extracting(CodeList.CodeValue::code).containsExactly("1");
		assertThat(list.values()).filteredOn((value) -> value.belongsTo(3))
			.extracting(CodeList.CodeValue::code)
			.containsExactly("1", "2");
		int stale = list.version() - 1;
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.standards.addValue(city, "CL-HOUSING", new ValueForm("3", "x", null, null), stale))
			.extracting(Problem::messageKey)
			.isEqualTo("standards.stale");
	}

	@Test
	void anElementChangeKeepsThePreviousVersionAndBindsItsCodeList() {
		AccountPrincipal city = this.accounts.create("110000", Role.CITY_ADMIN);
		DataElement element = this.standards.define(city, new ElementForm(null, "Housing type", "住房的类型", "住房", "类型",
				"代码", DataType.CODE, "n1", null, null, "CL-SEX", "市社会建设信息中心", null, null));
		assertThat(element.name()).isEqualTo("住房类型代码");
		assertThat(element.status()).isEqualTo(Status.DRAFT);

		DataElement standard = this.standards.setStatus(city, element.identifier(), Status.STANDARD, element.version());
		assertThat(standard.elementVersion()).isEqualTo(2);
		assertThat(standard.approvalDate()).isNotNull();
		assertThat(this.standards.history(element.identifier())).hasSize(1);
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.standards.setStatus(city, element.identifier(), Status.DRAFT, standard.version()))
			.extracting(Problem::messageKey)
			.isEqualTo("standards.status.transition");
	}

	@Test
	void onlyTheCityKeepsTheStandards() {
		AccountPrincipal district = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.standards.defineList(district, new ListForm("CL-X", "x", null, null)))
			.extracting(Problem::messageKey)
			.isEqualTo("standards.keeperOnly");
	}

	@Test
	void refusesACodeElementWithoutACodeListAndAFormatThatDoesNotFitTheType() {
		AccountPrincipal city = this.accounts.create("110000", Role.CITY_ADMIN);
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.standards.define(city,
					new ElementForm(null, null, "定义", "住房", "类型", "代码", DataType.CODE, "n1", null, null, null, null,
							null, null)))
			.extracting(Problem::messageKey)
			.isEqualTo("standards.element.codeListMissing");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(
					() -> this.standards.define(city,
							new ElementForm(null, null, "定义", "住房", "建成", "日期", DataType.DATE, "c..10", null, null,
									null, null, null, null)))
			.extracting(Problem::messageKey)
			.isEqualTo("standards.format.mismatch");
	}

}
