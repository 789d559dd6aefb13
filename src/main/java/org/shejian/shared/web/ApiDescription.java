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
			.description("The organisation tree on the national division codes, commercial buildings, social"
					+ " organisations and accounts. Reads of the tree are public; everything else needs a signed-in"
					+ " account and stays within its data scope. Errors are RFC 9457 problem details.")
			.license(new License().name("Division data: NBS 2023 edition")));
	}

}
