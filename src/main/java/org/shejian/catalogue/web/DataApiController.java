package org.shejian.catalogue.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.catalogue.Item;
import org.shejian.catalogue.ResourceReader;
import org.shejian.catalogue.ResourceReader.Caller;
import org.shejian.catalogue.RowPage;
import org.shejian.catalogue.RowQuery;
import org.shejian.catalogue.RowQuery.Filter;
import org.shejian.catalogue.RowQuery.Operator;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API of every shared resource: pages of rows with a stable cursor, filters on
 * items and a choice of items, and an OpenAPI description generated from the catalogue. A
 * key travels in the {@code X-Api-Key} header, never in the address.
 */
@RestController
@Tag(name = "data", description = "Rows of the catalogue's shared resources")
class DataApiController {

	static final String KEY_HEADER = "X-Api-Key";

	private static final Set<String> RESERVED = Set.of("fields", "sort", "cursor", "limit", "lang");

	/** Names a key is put under when sent in the address by mistake. */
	private static final Set<String> KEY_PARAMETERS = Set.of("key", "apikey", "api_key", "api-key", "x-api-key",
			"access_key", "accesskey", "token");

	private final ResourceReader reader;

	private final ResourceDescription description;

	DataApiController(ResourceReader reader, ResourceDescription description) {
		this.reader = reader;
		this.description = description;
	}

	@GetMapping("/api/v1/data/{provider}/{sequence}/rows")
	@Operation(
			summary = "A page of a resource's rows: ?item=value, ?item.from=, ?item.to=, fields=a,b, sort=[-]item,"
					+ " limit (1-1000), cursor (from the previous page's next)",
			description = "The items a resource's rows can be filtered by are listed in its own description,"
					+ " /api/v1/data/{provider}/{sequence}/openapi.json.",
			parameters = { @Parameter(name = "fields", in = ParameterIn.QUERY, description = "items to return, a,b"),
					@Parameter(name = "sort", in = ParameterIn.QUERY, description = "[-]item"),
					@Parameter(name = "limit", in = ParameterIn.QUERY, description = "rows per page, 1 to 1000"),
					@Parameter(name = "cursor", in = ParameterIn.QUERY,
							description = "where the previous page ended: its next") })
	Map<String, Object> rows(@AuthenticationPrincipal Actor actor, @PathVariable String provider,
			@PathVariable String sequence, @RequestHeader(name = KEY_HEADER, required = false) String key,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		String identifier = provider + "/" + sequence;
		RowPage page = this.reader.read(identifier, new Caller(actor, key), query(parameters));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("resource", identifier);
		body.put("rows", page.rows());
		body.put("next", page.next());
		return body;
	}

	@GetMapping("/api/v1/data/{provider}/{sequence}/openapi.json")
	@Operation(summary = "The OpenAPI description of one resource's read API, generated from its items")
	Map<String, Object> openApi(@AuthenticationPrincipal Actor actor, @PathVariable String provider,
			@PathVariable String sequence) {
		return this.description.describe(provider + "/" + sequence);
	}

	static RowQuery query(MultiValueMap<String, String> parameters) {
		List<Filter> filters = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
			String name = entry.getKey();
			if (KEY_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
				// an address lands in logs and histories: say where the key belongs
				throw Problem.invalid("catalogue.apiKey.inAddress", name, KEY_HEADER);
			}
			if (entry.getValue().size() != 1) {
				throw Problem.invalid("catalogue.query.filter", name);
			}
			if (RESERVED.contains(name)) {
				continue;
			}
			String value = entry.getValue().get(0);
			if (name.endsWith(".from") || name.endsWith(".to")) {
				String item = name.substring(0, name.lastIndexOf('.'));
				requireItemName(item, name);
				filters.add(new Filter(item, name.endsWith(".from") ? Operator.GE : Operator.LE, value));
			}
			else {
				requireItemName(name, name);
				filters.add(new Filter(name, Operator.EQ, value));
			}
		}
		String sort = parameters.getFirst("sort");
		boolean descending = false;
		if (sort != null) {
			descending = sort.startsWith("-");
			String item = descending ? sort.substring(1) : sort;
			if (!Item.isName(item)) {
				throw Problem.invalid("catalogue.query.sort", sort);
			}
			sort = item;
		}
		String fields = parameters.getFirst("fields");
		List<String> names = (fields == null || fields.isBlank()) ? List.of()
				: Arrays.stream(fields.split(",")).map(String::strip).toList();
		for (String name : names) {
			requireItemName(name, "fields");
		}
		return new RowQuery(names, filters, sort, descending, parameters.getFirst("cursor"),
				limit(parameters.getFirst("limit")));
	}

	private static void requireItemName(String item, String parameter) {
		if (!Item.isName(item)) {
			throw Problem.invalid("catalogue.query.filter", parameter);
		}
	}

	private static int limit(String value) {
		if (value == null) {
			return 100;
		}
		try {
			int limit = Integer.parseInt(value.strip());
			if (limit >= 1 && limit <= RowQuery.MAX_LIMIT) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw Problem.invalid("catalogue.query.limit", value, RowQuery.MAX_LIMIT);
	}

}
