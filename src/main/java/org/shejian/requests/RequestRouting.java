package org.shejian.requests;

import java.util.List;
import java.util.Optional;

import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitLevel;
import org.shejian.organisation.Units;
import org.shejian.requests.ServiceRequest.Level;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;
import org.shejian.shared.geo.GeoPoint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Decides which unit receives a new request, in this order: the unit the resident names
 * (a community, or a street or district, which then holds it at its own level); the unit
 * that owns the service; the community the locator finds at the point; the district the
 * locator finds there; else the city centre's queue.
 */
@Component
class RequestRouting {

	private final Units units;

	private final ObjectProvider<RequestLocator> locator;

	private final RequestsProperties properties;

	RequestRouting(Units units, ObjectProvider<RequestLocator> locator, RequestsProperties properties) {
		this.units = units;
		this.locator = locator;
		this.properties = properties;
	}

	/**
	 * @param unitCode the unit code the resident gave, may be {@code null}
	 * @throws Problem (400) when the code names no current unit of the city
	 */
	Unit route(String unitCode, RequestService service, GeoPoint point) {
		Unit city = city();
		if (!Text.isBlank(unitCode)) {
			return chosen(unitCode, city);
		}
		return owning(service, city).or(() -> located(point, city)).orElse(city);
	}

	Unit city() {
		return this.units.get(this.properties.cityUnit());
	}

	/**
	 * The current unit above that takes over a late request, if any: the parent, or, when
	 * the parent has been retired (streets merged), the nearest current unit above it, so
	 * that a request is never left with a unit that no longer exists.
	 */
	Optional<Unit> above(long unitId) {
		Optional<Unit> unit = this.units.findById(unitId);
		while (unit.isPresent() && unit.get().parentId() != null) {
			unit = this.units.findById(unit.get().parentId());
			if (unit.isPresent() && unit.get().isCurrent()) {
				return unit;
			}
		}
		return Optional.empty();
	}

	static Level level(Unit unit) {
		return switch (unit.level()) {
			case VILLAGE -> Level.COMMUNITY;
			case TOWNSHIP -> Level.STREET;
			case COUNTY -> Level.DISTRICT;
			default -> Level.CITY;
		};
	}

	private Unit chosen(String unitCode, Unit city) {
		Unit unit = this.units.find(unitCode)
			.filter(Unit::isCurrent)
			.filter((found) -> this.units.isWithin(found.id(), city.id()))
			.orElseThrow(() -> Problem.invalid("requests.unit.unknown", Text.compact(unitCode)));
		return (unit.level() == UnitLevel.PREFECTURAL) ? city : unit;
	}

	private Optional<Unit> owning(RequestService service, Unit city) {
		return Optional.ofNullable(service.unitId()).flatMap((id) -> current(id, city));
	}

	/**
	 * The community a point lies in by the first locator that knows one, else the
	 * district by the first that knows that; locators are asked in their order.
	 */
	private Optional<Unit> located(GeoPoint point, Unit city) {
		if (point == null) {
			return Optional.empty();
		}
		List<RequestLocator> locators = this.locator.orderedStream().toList();
		for (RequestLocator candidate : locators) {
			Optional<Unit> community = candidate.communityAt(point).flatMap((id) -> current(id, city));
			if (community.isPresent()) {
				return community;
			}
		}
		for (RequestLocator candidate : locators) {
			Optional<Unit> district = candidate.districtAt(point).flatMap((id) -> current(id, city));
			if (district.isPresent()) {
				return district;
			}
		}
		return Optional.empty();
	}

	private Optional<Unit> current(long id, Unit city) {
		return this.units.findById(id).filter(Unit::isCurrent).filter((unit) -> this.units.isWithin(id, city.id()));
	}

}
