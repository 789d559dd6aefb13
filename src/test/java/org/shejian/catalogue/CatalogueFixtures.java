package org.shejian.catalogue;

import java.util.List;

import org.shejian.catalogue.ResourceForm.ItemForm;

/**
 * Resources as tests define them.
 */
public final class CatalogueFixtures {

	private CatalogueFixtures() {
	}

	/** Population by unit and year, keyed by both. */
	public static ResourceForm population(String name, ShareType share) {
		return new ResourceForm(name, "Population by unit", "各社区分年度的常住人口、户籍人口和户数。", "2012-05-30", "北京市东城区", "人口, 户数、社区",
				"社会建设主题词表", "141", null, null, null, null, share,
				(share == ShareType.CONDITIONAL) ? "用于社会建设规划，不得转给第三方" : null, "接口", false, UpdateCycle.ANNUAL,
				List.of(new ItemForm("unit_code", "单位代码", "Unit code", "DE00001", true),
						new ItemForm("year", "年度", "Year", "DE00016", true),
						new ItemForm("resident", "常住人口", "Resident population", "DE00017", false),
						new ItemForm("households", "户数", "Households", "DE00019", false),
						new ItemForm("area", "面积", "Area", "DE00020", false)),
				List.of("unit_code", "year"), "unit_code", List.of(), List.of("DB-COMMUNITY"));
	}

	/**
	 * Gross regional product by unit and year: amounts that take a sign (a correction may
	 * be negative), unlike counts.
	 */
	public static ResourceForm product(String name, ShareType share) {
		return new ResourceForm(name, null, "测试用的地区生产总值。", null, null, "地区生产总值", null, "141", null, null, null, null,
				share, null, null, false, UpdateCycle.ANNUAL,
				List.of(new ItemForm("unit_code", "单位代码", null, "DE00001", true),
						new ItemForm("year", "年度", null, "DE00016", true),
						new ItemForm("gdp", "地区生产总值", null, "DE00023", false),
						new ItemForm("correction", "调整额", null, "DE00023", false)),
				List.of("unit_code", "year"), "unit_code", List.of(), List.of());
	}

	/** Places with coordinates, keyed by an object code. */
	public static ResourceForm places(String name) {
		return new ResourceForm(name, null, "测试用的位置。", null, null, "坐标", null, "121", null, null, null, null,
				ShareType.UNCONDITIONAL, null, null, false, UpdateCycle.IRREGULAR,
				List.of(new ItemForm("object_code", "对象编号", null, "DE00025", true),
						new ItemForm("unit_code", "所在单位代码", null, "DE00001", true),
						new ItemForm("longitude", "经度", null, "DE00014", false),
						new ItemForm("latitude", "纬度", null, "DE00015", false)),
				List.of("object_code"), "unit_code", List.of(), List.of());
	}

	/** Organisations with credit codes and registration dates. */
	public static ResourceForm organisations(String name) {
		return new ResourceForm(name, null, "测试用的法人和其他组织。", null, null, "统一社会信用代码", null, "112", null, null, null, null,
				ShareType.UNCONDITIONAL, null, null, false, UpdateCycle.MONTHLY,
				List.of(new ItemForm("credit_code", "统一社会信用代码", null, "DE00007", true),
						new ItemForm("name", "名称", null, "DE00013", true),
						new ItemForm("unit_code", "所在单位代码", null, "DE00001", true),
						new ItemForm("registered_on", "登记日期", null, "DE00021", false)),
				List.of("credit_code"), "unit_code", List.of(), List.of());
	}

}
