package org.shejian.requests;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The filters of a public search of requests (Open311 {@code GET requests}).
 *
 * @param ids request numbers; when not empty every other filter is ignored
 * @param serviceCodes service codes, empty for all
 * @param start the earliest request time, inclusive
 * @param end the latest request time, inclusive
 * @param statuses the Open311 states wanted ({@code open}, {@code closed}), empty for
 * both
 */
public record RequestQuery(List<Long> ids, List<String> serviceCodes, Instant start, Instant end,
		Set<String> statuses) {

	public RequestQuery {
		ids = List.copyOf(ids);
		serviceCodes = List.copyOf(serviceCodes);
		statuses = Set.copyOf(statuses);
	}

}
