package org.shejian.catalogue.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.Item;
import org.shejian.catalogue.Resource;
import org.shejian.shared.Problem;
import org.shejian.standards.DataType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * OpenAPI 3.0 descriptions of resources' read APIs, generated from their published
 * catalogue entries: one path, a parameter per item filter, and a row schema typed from
 * the items' data elements.
 */
@Component
class ResourceDescription {

	private final Catalogue catalogue;

	private final String baseUri;

	ResourceDescription(Catalogue catalogue, @Value("${shejian.catalogue.base-uri}") String baseUri) {
		this.catalogue = catalogue;
		this.baseUri = baseUri;
	}

	Map<String, Object> describe(String identifier) {
		Resource resource = this.catalogue.published(identifier)
			.orElseThrow(() -> Problem.notFound("catalogue.resource.notFound", identifier));
		if (!resource.hasApi()) {
			throw Problem.notFound("catalogue.api.none", identifier);
		}
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("type", "object");
		Map<String, Object> properties = new LinkedHashMap<>();
		List<Map<String, Object>> parameters = new ArrayList<>();
		List<String> sorts = new ArrayList<>();
		for (Item item : resource.items()) {
			Map<String, Object> schema = schema(item);
			Map<String, Object> property = new LinkedHashMap<>(schema);
			property.put("title", item.title());
			property.put("description", item.title() + " (" + item.element() + ")");
			property.put("nullable", !item.required());
			properties.put(item.name(), property);
			parameters.add(parameter(item.name(), "= " + item.title(), schema));
			if (item.dataType() != DataType.BOOLEAN) {
				parameters.add(parameter(item.name() + ".from", "≥ " + item.title(), schema));
				parameters.add(parameter(item.name() + ".to", "≤ " + item.title(), schema));
			}
			sorts.add(item.name());
			sorts.add("-" + item.name());
		}
		row.put("properties", properties);
		parameters.add(parameter("fields", "items to return, comma-separated", Map.of("type", "string")));
		parameters.add(parameter("sort", "item to order by; a leading - orders from high to low",
				Map.of("type", "string", "enum", sorts)));
		parameters.add(parameter("cursor", "the next value of the previous page", Map.of("type", "string")));
		parameters.add(parameter("limit", "rows per page",
				Map.of("type", "integer", "minimum", 1, "maximum", 1000, "default", 100)));
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("type", "object");
		page.put("properties",
				Map.of("resource", Map.of("type", "string"), "rows",
						Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Row")), "next",
						Map.of("type", "string", "nullable", true)));
		Map<String, Object> get = new LinkedHashMap<>();
		get.put("summary", resource.name());
		get.put("description", resource.summary());
		get.put("parameters", parameters);
		get.put("responses", Map.of("200",
				Map.of("description", "A page of rows", "content",
						Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Page")))),
				"400", problem("Bad parameters"), "401",
				problem("No account or key, or an unknown, expired or revoked key"), "403",
				problem("A key of another resource, or no grant"), "429", problem("Too many calls")));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("openapi", "3.0.3");
		document.put("info", Map.of("title", resource.name(), "version", String.valueOf(resource.publishedVersion()),
				"description", resource.summary()));
		document.put("servers", List.of(Map.of("url", this.baseUri)));
		document.put("paths", Map.of("/api/v1/data/" + identifier + "/rows", Map.of("get", get)));
		document.put("components",
				Map.of("schemas", Map.of("Row", row, "Page", page), "securitySchemes",
						Map.of("apiKey", Map.of("type", "apiKey", "in", "header", "name", DataApiController.KEY_HEADER),
								"session", Map.of("type", "apiKey", "in", "cookie", "name", "JSESSIONID"))));
		document.put("security", resource.open() ? List.of(Map.of(), Map.of("apiKey", List.of()))
				: List.of(Map.of("apiKey", List.of()), Map.of("session", List.of())));
		return document;
	}

	private static Map<String, Object> schema(Item item) {
		return switch (item.dataType()) {
			case TEXT, CODE -> Map.of("type", "string");
			case INTEGER -> Map.of("type", "integer", "format", "int64");
			case DECIMAL -> Map.of("type", "number");
			case DATE -> Map.of("type", "string", "format", "date");
			case BOOLEAN -> Map.of("type", "boolean");
		};
	}

	private static Map<String, Object> parameter(String name, String description, Map<String, Object> schema) {
		Map<String, Object> parameter = new LinkedHashMap<>();
		parameter.put("name", name);
		parameter.put("in", "query");
		parameter.put("required", false);
		parameter.put("description", description);
		parameter.put("schema", schema);
		return parameter;
	}

	private static Map<String, Object> problem(String description) {
		return Map.of("description", description, "content",
				Map.of("application/problem+json", Map.of("schema", Map.of("type", "object"))));
	}

}
