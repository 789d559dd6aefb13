package org.shejian.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and terms of the OpenAPI description served at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	@Bean
	OpenAPI shejianApi() {
		return new OpenAPI()
			.info(new Info().title("Shejian API")
				.version("v1")
				.description(
						"""
								The platform's JSON API. The organisation tree on the national division codes, commercial \
								buildings and social organisations (/api/v1/units, /buildings, /social-organisations); accounts \
								(/accounts); data elements, code lists and the check of a value (/standards); the \
								information-resource catalogue, its review and access grants (/catalogue); the rows of every \
								shared resource with a stable cursor and an OpenAPI description of its own \
								(/data/{provider}/{sequence}/rows, /openapi.json); imports, exports and their batches \
								(/exchange); the social-services map and its review (/map); residents' requests (/requests; \
								Open311 GeoReport v2 is served apart, under /open311/v2); the website cluster, its articles, \
								coverage and health (/sites, /site-articles); the public appraisal of the websites (/appraisal).

								Open to all: reads of the tree, the standards, the published catalogue, the published map, \
								public websites, the appraisal's public side, and the rows of resources with the open \
								attribute. Rows of other shared resources need a signed-in account (unconditional sharing, \
								within the account's data scope) or a granted key in the X-Api-Key header (conditional \
								sharing). Everything else needs a signed-in account and stays within its data scope: sign in \
								with the form at /login (session cookie), then send writes with the CSRF token that \
								GET /api/v1/csrf returns, in the header it names (X-CSRF-TOKEN). Errors are RFC 9457 problem \
								details in the caller's language (Accept-Language zh-CN or en).""")
				.license(new License().name("Division data: NBS 2023 edition")))
			.components(new Components()
				.addSecuritySchemes("session",
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("JSESSIONID")
							.description("The session of a form sign-in at /login"))
				.addSecuritySchemes("key",
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("X-Api-Key")
							.description("An access key granted for one conditionally shared resource")));
	}

}
