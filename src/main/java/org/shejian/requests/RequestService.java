package org.shejian.requests;

import java.util.List;

/**
 * A service a resident may send a request about: a request category of the city, or a
 * service another module offers (a published service item of the map, say).
 *
 * @param code the unique code Open311 clients send as {@code service_code}
 * @param name the name in the caller's language
 * @param description what the service covers, may be {@code null}
 * @param group the group it is listed under (Open311 {@code group})
 * @param type {@code realtime}, {@code batch} or {@code blackbox} as Open311 defines them
 * @param timeLimitDays the days a unit has to close a request before it escalates; more
 * than zero
 * @param keywords search words, possibly empty
 * @param hasAttributes whether the service asks for more fields (Open311
 * {@code metadata})
 * @param unitId the unit that owns the service, which receives its requests when the
 * resident names no unit; {@code null} when it has none
 */
public record RequestService(String code, String name, String description, String group, String type, int timeLimitDays,
		List<String> keywords, boolean hasAttributes, Long unitId) {

	public RequestService {
		keywords = (keywords != null) ? List.copyOf(keywords) : List.of();
	}

}
