package org.shejian.exchange.internal;

import java.util.List;

import org.shejian.shared.ResourceDeclaration;
import org.shejian.shared.ResourceDeclaration.Item;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The resources into which the city's base databases are imported: organisation codes,
 * geospatial coordinates, statistics by unit and year, population by unit and year. Each
 * comes with a template and a sample file (see {@link org.shejian.exchange.Templates}).
 */
@Configuration(proxyBeanMethods = false)
class BaseDatabaseDefinitions {

	@Bean
	ResourceDeclaration organisationCodesResource() {
		return new ResourceDeclaration("exchange.organisation-codes", "法人和其他组织代码（基础库）",
				"Organisation codes (base database)", "机构编制、民政、工商登记的法人和其他组织的统一社会信用代码、组织机构代码、名称、所在单位和登记日期，来自法人单位基础信息库。",
				List.of("统一社会信用代码", "组织机构代码", "法人单位"), "112", null, List.of("credit_code"), "unit_code",
				List.of(new Item("credit_code", "统一社会信用代码", "DE00007"),
						new Item("organisation_code", "组织机构代码", "DE00008"), new Item("name", "名称", "DE00013"),
						new Item("unit_code", "所在单位代码", "DE00001"), new Item("registered_on", "登记日期", "DE00021")),
				"UNCONDITIONAL", false, "MONTHLY", List.of("DB-SOCIAL-ORG", "DB-BUILDING"));
	}

	@Bean
	ResourceDeclaration coordinatesResource() {
		return new ResourceDeclaration("exchange.coordinates", "单位和楼宇坐标（地理空间基础库）", "Coordinates of units and buildings",
				"社区、街道办事处、商务楼宇等对象的位置，按 WGS-84 存储；导入时声明文件使用的坐标系（WGS-84、GCJ-02 或 BD-09），换算一次。",
				List.of("坐标", "地理空间", "WGS-84"), "121", null, List.of("object_code"), "unit_code",
				List.of(new Item("object_code", "对象编号", "DE00025"), new Item("object_name", "对象名称", "DE00002"),
						new Item("unit_code", "所在单位代码", "DE00001"), new Item("longitude", "经度", "DE00014"),
						new Item("latitude", "纬度", "DE00015")),
				"UNCONDITIONAL", false, "IRREGULAR", List.of("NET-MAP"));
	}

	@Bean
	ResourceDeclaration statisticsResource() {
		return new ResourceDeclaration("exchange.statistics", "分单位分年度社会经济统计（基础库）",
				"Social and economic statistics by unit and year",
				"各区、街道、社区按年度的常住人口、户籍人口、流动人口、户数、面积和地区生产总值，来自宏观经济和社会统计基础库。", List.of("统计", "人口", "面积", "地区生产总值"), "131",
				null, List.of("unit_code", "year"), "unit_code",
				List.of(new Item("unit_code", "单位代码", "DE00001"), new Item("year", "年度", "DE00016"),
						new Item("resident", "常住人口", "DE00017"), new Item("registered", "户籍人口", "DE00018"),
						new Item("floating", "流动人口", "DE00022"), new Item("households", "户数", "DE00019"),
						new Item("area", "面积（平方千米）", "DE00020"), new Item("gdp", "地区生产总值（万元）", "DE00023")),
				"UNCONDITIONAL", false, "ANNUAL", List.of("DB-COMMUNITY"));
	}

	@Bean
	ResourceDeclaration populationResource() {
		return new ResourceDeclaration("exchange.population", "分单位人口（人口基础库）", "Population by unit and year",
				"各区、街道、社区按年度的常住人口、户籍人口、流动人口和户数，来自人口基础信息库。", List.of("人口", "户数"), "141", null,
				List.of("unit_code", "year"), "unit_code",
				List.of(new Item("unit_code", "单位代码", "DE00001"), new Item("year", "年度", "DE00016"),
						new Item("resident", "常住人口", "DE00017"), new Item("registered", "户籍人口", "DE00018"),
						new Item("floating", "流动人口", "DE00022"), new Item("households", "户数", "DE00019")),
				"CONDITIONAL", false, "ANNUAL", List.of("DB-COMMUNITY"));
	}

}
