package org.shejian.map.internal;

import java.util.List;

import org.shejian.shared.ResourceDeclaration;
import org.shejian.shared.ResourceDeclaration.Item;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published map as information resources of the catalogue, served from the views of
 * migration V7_1 (published copies only).
 */
@Configuration(proxyBeanMethods = false)
class MapCatalogueDeclarations {

	@Bean
	ResourceDeclaration mapItemsResource() {
		return new ResourceDeclaration("map.items", "社会建设地图点位", "Social-services map items",
				"社会建设地图网已发布的点位：名称、图层、地址、电话、WGS-84 坐标和最近核实日期。", List.of("社会建设地图", "点位", "图层"), "121",
				"map_item_resource", List.of("entry_id"), "unit_code",
				List.of(new Item("entry_id", "条目编号", "DE00025"), new Item("unit_code", "所属单位代码", "DE00001"),
						new Item("layer", "图层代码", "DE00701"), new Item("title", "名称", "DE00702"),
						new Item("address", "地址", "DE00012"), new Item("phone", "电话", "DE00027"),
						new Item("lng", "经度", "DE00014"), new Item("lat", "纬度", "DE00015"),
						new Item("last_verified", "最近核实日期", "DE00021")),
				"UNCONDITIONAL", true, "REAL_TIME", List.of("NET-MAP"));
	}

	@Bean
	ResourceDeclaration mapServicesResource() {
		return new ResourceDeclaration("map.services", "服务事项", "Service items",
				"已发布的服务事项：名称、类别（公共服务、志愿互助服务、便民服务、信息服务）、办理地点和联系方式。", List.of("服务事项", "办事指南"), "23",
				"map_service_resource", List.of("entry_id"), "unit_code",
				List.of(new Item("entry_id", "条目编号", "DE00025"), new Item("unit_code", "所属单位代码", "DE00001"),
						new Item("title", "名称", "DE00702"), new Item("service_class", "服务类别", "DE00703"),
						new Item("contact", "联系方式", "DE00027"), new Item("place", "办理地点", "DE00012")),
				"UNCONDITIONAL", true, "REAL_TIME", List.of("NET-MAP", "DB-POLICY"));
	}

	@Bean
	ResourceDeclaration mapPoliciesResource() {
		return new ResourceDeclaration("map.policies", "社会政策", "Social policies", "已发布的社会政策：标题、发文机关、发文字号和发文日期。",
				List.of("政策", "社会政策云"), "23", "map_policy_resource", List.of("entry_id"), "unit_code",
				List.of(new Item("entry_id", "条目编号", "DE00025"), new Item("unit_code", "所属单位代码", "DE00001"),
						new Item("title", "标题", "DE00702"), new Item("issuer", "发文机关", "DE00704"),
						new Item("document_number", "发文字号", "DE00705"), new Item("issued_on", "发文日期", "DE00021")),
				"UNCONDITIONAL", true, "REAL_TIME", List.of("DB-POLICY"));
	}

}
