package org.shejian.requests.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.shejian.organisation.Unit;
import org.shejian.organisation.Units;
import org.shejian.requests.Open311Keys;
import org.shejian.requests.RequestForm;
import org.shejian.requests.RequestService;
import org.shejian.requests.RequestServices;
import org.shejian.requests.Requests;
import org.shejian.requests.ServiceRequest;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}, in JSON and XML. Reads are open; posting
 * a request needs an {@code api_key} issued in the console. One jurisdiction is served,
 * so {@code jurisdiction_id} is accepted and ignored. Errors are the specification's list
 * of {@code code} (the HTTP status) and {@code description}, in the caller's language.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	private static final Logger logger = LoggerFactory.getLogger(Open311Controller.class);

	private static final String FORMAT = "{format:json|xml}";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	/** A time followed by a space and an offset: a {@code +} decoded as a space. */
	private static final Pattern SPACED_OFFSET = Pattern.compile("(T[0-9:.,]+) ([0-9]{2}(:?[0-9]{2})?)$");

	/**
	 * A time with an offset of {@code +HHMM} or {@code +HH}, which the parser wants as
	 * {@code +HH:MM}.
	 */
	private static final Pattern SHORT_OFFSET = Pattern.compile("(.*T[0-9:.,]+[+-][0-9]{2}):?([0-9]{2})?");

	private final Requests requests;

	private final RequestServices services;

	private final Open311Keys keys;

	private final Units units;

	private final Open311Documents documents;

	private final MessageSource messages;

	Open311Controller(Requests requests, RequestServices services, Open311Keys keys, Units units,
			Open311Documents documents, MessageSource messages) {
		this.requests = requests;
		this.services = services;
		this.keys = keys;
		this.units = units;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping("/discovery." + FORMAT)
	ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request, Locale locale) {
		String base = request.getRequestURL().toString().replaceFirst("/discovery\\.(json|xml)$", "/");
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", base);
		endpoint.put("changeset", "2026-01-01T00:00:00+08:00");
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("application/json", "text/xml"));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", "2026-01-01T00:00:00+08:00");
		discovery.put("contact", this.messages.getMessage("requests.open311.contact", null, locale));
		discovery.put("key_service", this.messages.getMessage("requests.open311.keyService", null, locale));
		discovery.put("endpoints", List.of(endpoint));
		return this.documents.write(HttpStatus.OK, format, "discovery", null, discovery);
	}

	@GetMapping("/services." + FORMAT)
	ResponseEntity<String> services(@PathVariable String format, Locale locale) {
		List<Map<String, Object>> services = this.services.services(locale).stream().map(this::service).toList();
		return this.documents.write(HttpStatus.OK, format, "services", "service", services);
	}

	/**
	 * A service's definition. Categories ask for no more fields, so the specification's
	 * answer for them is "not found".
	 * <p>
	 * Limitation: the service sources say only whether a service has attributes, not
	 * which, so a service with attributes answers an empty list (lifted when the source
	 * interface carries attribute definitions).
	 */
	@GetMapping("/services/{code}." + FORMAT)
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format, Locale locale) {
		RequestService service = this.services.get(code, locale);
		if (!service.hasAttributes()) {
			throw Problem.notFound("requests.service.noAttributes", service.code());
		}
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", service.code());
		definition.put("attributes", List.of());
		return this.documents.write(HttpStatus.OK, format, "service_definition", null, definition);
	}

	/**
	 * Posts a request (form-encoded, as the specification says). {@code address_id} may
	 * carry a unit code, which routes the request to that unit.
	 * <p>
	 * Limitation: {@code attribute[...]} values are ignored, since no service defines
	 * attributes yet (lifted with the attribute model of the service sources). A form
	 * body sent without a length is bounded by the container's form limit (2 MB), not by
	 * the body filter, as the container parses form parameters from the raw stream
	 * (lifted by a smaller {@code server.tomcat.max-http-form-post-size} once console
	 * forms are measured).
	 */
	@PostMapping("/requests." + FORMAT)
	ResponseEntity<String> post(@PathVariable String format, @RequestParam Map<String, String> params,
			HttpServletRequest request, Locale locale) {
		if (inQuery(request, "api_key")) {
			throw Problem.invalid("requests.key.inQuery");
		}
		String application = this.keys.application(params.get("api_key"));
		RequestForm form = new RequestForm(params.get("service_code"), params.get("description"), params.get("lat"),
				params.get("long"), params.get("address_string"), params.get("address_id"), params.get("first_name"),
				params.get("last_name"), params.get("email"), params.get("phone"), params.get("media_url"));

		Requests.Submitted submitted = this.requests.submit(form, "open311:" + application, locale);

		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", String.valueOf(submitted.request().id()));
		answer.put("token", submitted.token());
		answer.put("service_notice", notice(submitted.request(), locale));
		answer.put("account_id", null);
		return this.documents.write(HttpStatus.OK, format, "service_requests", "request", List.of(answer));
	}

	@GetMapping("/requests." + FORMAT)
	ResponseEntity<String> search(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String codes,
			@RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end,
			@RequestParam(required = false) String status, Locale locale) {
		List<ServiceRequest> found = this.requests.search(ids(ids), list(codes), instant(start, false),
				instant(end, true), statuses(status));
		return requests(format, found, locale);
	}

	@GetMapping({ "/requests/{id}." + FORMAT, "/request/{id}." + FORMAT })
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, Locale locale) {
		return requests(format, List.of(this.requests.request(number(id))), locale);
	}

	@GetMapping("/tokens/{token}." + FORMAT)
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", String.valueOf(this.requests.idByToken(token)));
		answer.put("token", token);
		return this.documents.write(HttpStatus.OK, format, "service_requests", "request", List.of(answer));
	}

	@ExceptionHandler(Problem.class)
	ResponseEntity<String> problem(Problem problem, HttpServletRequest request, Locale locale) {
		return this.documents.errors(problem.status(), format(request), problem.text(this.messages, locale));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> failure(Exception ex, HttpServletRequest request, Locale locale) {
		logger.error("Open311 request {} failed", request.getRequestURI(), ex);
		return this.documents.errors(HttpStatus.INTERNAL_SERVER_ERROR, format(request),
				this.messages.getMessage("error.status.500", null, locale));
	}

	private ResponseEntity<String> requests(String format, List<ServiceRequest> found, Locale locale) {
		Map<Long, String> agencies = new HashMap<>();
		List<Map<String, Object>> body = new ArrayList<>(found.size());
		for (ServiceRequest request : found) {
			body.add(request(request, agencies.computeIfAbsent(request.unitId(), this::agency), locale));
		}
		return this.documents.write(HttpStatus.OK, format, "service_requests", "request", body);
	}

	private Map<String, Object> service(RequestService service) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("service_code", service.code());
		map.put("service_name", service.name());
		map.put("description", service.description());
		map.put("metadata", service.hasAttributes());
		map.put("type", service.type());
		map.put("keywords", String.join(",", service.keywords()));
		map.put("group", service.group());
		return map;
	}

	private Map<String, Object> request(ServiceRequest request, String agency, Locale locale) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("service_request_id", String.valueOf(request.id()));
		map.put("status", request.isOpen() ? "open" : "closed");
		map.put("status_notes", request.publicNote());
		map.put("service_name", request.serviceName());
		map.put("service_code", request.serviceCode());
		map.put("description", request.description());
		map.put("agency_responsible", agency);
		map.put("service_notice", notice(request, locale));
		map.put("requested_datetime", dateTime(request.requestedAt()));
		map.put("updated_datetime", dateTime(request.updatedAt()));
		map.put("expected_datetime", dateTime(request.dueAt()));
		map.put("address", request.address());
		map.put("address_id", request.addressId());
		map.put("zipcode", null);
		map.put("lat", request.lat());
		map.put("long", request.lng());
		map.put("media_url", request.mediaUrl());
		return map;
	}

	private String agency(long unitId) {
		return this.units.findById(unitId).map(Unit::name).orElse(null);
	}

	private String notice(ServiceRequest request, Locale locale) {
		return this.messages.getMessage("requests.notice", new Object[] { dateTime(request.dueAt()) }, locale);
	}

	static String dateTime(Instant instant) {
		return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(Dates.ZONE).toOffsetDateTime());
	}

	/**
	 * An ISO 8601 date and time; without an offset it is Beijing time, and a date alone
	 * is the start of that day ({@code end}: its end). The offset may be written
	 * {@code +08:00}, {@code +0800} or {@code +08}, and a {@code +} that reached us as a
	 * space (an address whose {@code +} was not encoded) is read as {@code +}.
	 */
	static Instant instant(String value, boolean end) {
		String normalised = Text.normalise(value);
		if (normalised == null || normalised.isEmpty()) {
			return null;
		}
		String text = Text.compact(SPACED_OFFSET.matcher(normalised).replaceFirst("$1+$2"));
		Matcher offset = SHORT_OFFSET.matcher(text);
		if (offset.matches()) {
			text = offset.group(1) + ":" + ((offset.group(2) != null) ? offset.group(2) : "00");
		}
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (end ? day.plusDays(1) : day).atStartOfDay(Dates.ZONE).toInstant().minusNanos(end ? 1 : 0);
			}
			if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
				return OffsetDateTime.parse(text).toInstant();
			}
			return LocalDateTime.parse(text).atZone(Dates.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid("requests.date.unreadable", text);
		}
	}

	private static List<Long> ids(String value) {
		return list(value).stream().map(Open311Controller::number).toList();
	}

	private static Set<String> statuses(String value) {
		Set<String> statuses = new LinkedHashSet<>();
		for (String status : list(value)) {
			String lower = status.toLowerCase(Locale.ROOT);
			if (!lower.equals("open") && !lower.equals("closed")) {
				throw Problem.invalid("requests.status.unknown", status);
			}
			statuses.add(lower);
		}
		return statuses;
	}

	private static List<String> list(String value) {
		if (Text.isBlank(value)) {
			return List.of();
		}
		return java.util.Arrays.stream(Text.compact(value).split(",")).filter((s) -> !s.isEmpty()).toList();
	}

	private static long number(String id) {
		String text = Text.compact(id);
		if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
			throw Problem.notFound("requests.notFound", (text != null) ? text : "");
		}
		return Long.parseLong(text);
	}

	/**
	 * Whether the address names the parameter: a key in an address ends up in the logs of
	 * every proxy and server it passes, so it is taken only from the form body.
	 */
	private static boolean inQuery(HttpServletRequest request, String name) {
		String query = request.getQueryString();
		if (query == null) {
			return false;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String key = (equals >= 0) ? pair.substring(0, equals) : pair;
			try {
				if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
					return true;
				}
			}
			catch (IllegalArgumentException ex) {
				// not a parameter name at all
			}
		}
		return false;
	}

	private static String format(HttpServletRequest request) {
		return request.getRequestURI().endsWith(".xml") ? "xml" : "json";
	}

}
