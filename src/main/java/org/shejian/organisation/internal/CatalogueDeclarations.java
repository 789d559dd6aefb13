package org.shejian.organisation.internal;

import java.util.List;

import org.shejian.shared.ResourceDeclaration;
import org.shejian.shared.ResourceDeclaration.Item;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry's data as information resources of the catalogue, served from the views of
 * migration V1_2.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueDeclarations {

	@Bean
	ResourceDeclaration unitsResource() {
		return new ResourceDeclaration("organisation.units", "区、街道和社区组织单元", "Organisation units",
				"全市区、街道（乡镇）、社区（村）组织单元的代码、名称、简称、层级、类型、上级和城乡分类，来自国家统计用区划代码。", List.of("组织单元", "区划代码", "社区", "街道"), "111",
				"org_unit_resource", List.of("unit_code"), "unit_code",
				List.of(new Item("unit_code", "单位代码", "DE00001"), new Item("name", "名称", "DE00002"),
						new Item("short_name", "简称", "DE00003"), new Item("unit_level", "层级", "DE00005"),
						new Item("kind", "类型", "DE00004"), new Item("parent_code", "上级代码", "DE00001"),
						new Item("urban_rural", "城乡分类", "DE00006"), new Item("valid_from", "起始日期", "DE00021")),
				"UNCONDITIONAL", true, "IRREGULAR", List.of("DB-COMMUNITY", "NET-PORTAL"));
	}

	@Bean
	ResourceDeclaration buildingsResource() {
		return new ResourceDeclaration("organisation.buildings", "商务楼宇和工作站", "Commercial buildings and work stations",
				"商务楼宇的名称、地址、所属社区，以及社会工作站的设立情况。", List.of("商务楼宇", "工作站"), "241", "org_building_resource",
				List.of("building_id"), "unit_code",
				List.of(new Item("building_id", "楼宇编号", "DE00025"), new Item("unit_code", "所属单位代码", "DE00001"),
						new Item("name", "名称", "DE00011"), new Item("address", "地址", "DE00012"),
						new Item("has_station", "设有工作站", "DE00024"), new Item("station_opened", "工作站设立日期", "DE00021")),
				"UNCONDITIONAL", false, "REAL_TIME", List.of("DB-BUILDING", "NET-BUILDING"));
	}

	@Bean
	ResourceDeclaration socialOrganisationsResource() {
		return new ResourceDeclaration("organisation.social", "社会组织", "Social organisations",
				"社会组织的名称、类型、统一社会信用代码、组织机构代码、所属单位和枢纽型组织标识。", List.of("社会组织", "统一社会信用代码", "枢纽型社会组织"), "221",
				"org_social_resource", List.of("organisation_id"), "unit_code",
				List.of(new Item("organisation_id", "组织编号", "DE00025"), new Item("unit_code", "所属单位代码", "DE00001"),
						new Item("name", "名称", "DE00013"), new Item("category", "类型", "DE00026"),
						new Item("credit_code", "统一社会信用代码", "DE00007"),
						new Item("organisation_code", "组织机构代码", "DE00008"), new Item("hub", "枢纽型", "DE00024")),
				"UNCONDITIONAL", false, "REAL_TIME", List.of("DB-SOCIAL-ORG", "NET-BUILDING"));
	}

}
