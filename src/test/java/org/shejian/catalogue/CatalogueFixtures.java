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
				List.of(new ItemForm("unit_code", "单位代码", null, "DE00001", true),
						new ItemForm("year", "年度", null, "DE00016", true),
						new ItemForm("resident", "常住人口", null, "DE00017", false),
						new ItemForm("households", "户数", null, "DE00019", false),
						new ItemForm("area", "面积", null, "DE00020", false)),
				List.of("unit_code", "year"), "unit_code", List.of(), List.of("DB-COMMUNITY"));
	}

}
