package org.shejian.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and terms of the OpenAPI description served at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	@Bean
	OpenAPI shejianApi() {
		return new OpenAPI().info(new Info().title("Shejian API")
			.version("v1")
			.description(
					"""
							The platform's JSON API. The organisation tree on the national division codes, commercial \
							buildings and social organisations (/api/v1/units, /buildings, /social-organisations); accounts \
							(/accounts); data standards (/standards); the information-resource catalogue, its review and access \
							grants (/catalogue); the rows of every shared resource with a stable cursor and an OpenAPI \
							description of its own (/data/{provider}/{sequence}/rows, /openapi.json; conditionally shared \
							resources need a granted key in the X-Api-Key header); imports, exports and their batches \
							(/exchange); the social-services map and its review (/map); residents' requests (/requests, and \
							Open311 GeoReport v2 under /open311/v2); the website cluster, its articles, coverage and health \
							(/sites, /site-articles); the public appraisal of the websites (/appraisal). Reads of what is \
							published are public; everything else needs a signed-in account or a key and stays within its \
							data scope. Errors are RFC 9457 problem details in the caller's language (zh-CN or en).""")
			.license(new License().name("Division data: NBS 2023 edition")));
	}

}
