package org.shejian.requests.web;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.shejian.organisation.Unit;
import org.shejian.organisation.Units;

/**
 * The names of the units a page shows, looked up once each.
 */
final class UnitNames {

	private UnitNames() {
	}

	static Map<Long, String> of(Units units, Stream<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		ids.distinct().forEach((id) -> names.put(id, units.findById(id).map(Unit::name).orElse("")));
		return names;
	}

}
