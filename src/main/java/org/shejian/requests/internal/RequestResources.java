package org.shejian.requests.internal;

import java.util.List;

import org.shejian.shared.ResourceDeclaration;
import org.shejian.shared.ResourceDeclaration.Item;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests as an information resource of the catalogue, served from the view of migration
 * V8_0: what was asked, where, of which unit and how far it went; no personal data and no
 * free text.
 */
@Configuration(proxyBeanMethods = false)
class RequestResources {

	@Bean
	ResourceDeclaration requestsResource() {
		return new ResourceDeclaration("requests.requests", "居民诉求", "Residents' requests",
				"居民通过网站和Open311接口提出的诉求和意见：诉求类别、受理单位、办理状态、提出日期和位置（WGS-84），不含个人信息和诉求正文。",
				List.of("居民诉求", "意见建议", "Open311"), "23", "req_request_resource", List.of("request_id"), "unit_code",
				List.of(new Item("request_id", "诉求编号", "DE00025"), new Item("service_code", "诉求类别代码", "DE00025"),
						new Item("unit_code", "受理单位代码", "DE00001"), new Item("status", "办理状态", "DE00025"),
						new Item("requested_on", "提出日期", "DE00021"), new Item("lat", "纬度", "DE00015"),
						new Item("lng", "经度", "DE00014")),
				"UNCONDITIONAL", false, "REAL_TIME", List.of("NET-PORTAL"));
	}

}
