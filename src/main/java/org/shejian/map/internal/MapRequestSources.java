package org.shejian.map.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.shejian.map.EntryKind;
import org.shejian.map.MapEntries;
import org.shejian.map.MapIndex;
import org.shejian.map.PublishedEntry;
import org.shejian.map.ServiceDetails;
import org.shejian.organisation.UnitCode;
import org.shejian.organisation.UnitLevel;
import org.shejian.requests.RequestLocator;
import org.shejian.requests.RequestService;
import org.shejian.requests.RequestServiceSource;
import org.shejian.shared.geo.Districts;
import org.shejian.shared.geo.GeoPoint;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the map offers residents' requests: every published service item as a service
 * (code {@code map-<id>}, owned by the item's unit, with its guide's time limit), and the
 * community a point lies in, found by the nearest published community office or station
 * of the point's district.
 */
@Component
class MapRequestSources implements RequestServiceSource, RequestLocator {

	/** The code prefix of the map's services. */
	static final String PREFIX = "map-";

	/** Without a time limit in its guide, a service is answered within this many days. */
	static final int DEFAULT_TIME_LIMIT = 15;

	/** How far from the point a community office may be to count as its community's. */
	static final double COMMUNITY_RADIUS = 3_000;

	private final MapEntries entries;

	private final MapIndex index;

	private final MessageSource messages;

	MapRequestSources(MapEntries entries, MapIndex index, MessageSource messages) {
		this.entries = entries;
		this.index = index;
		this.messages = messages;
	}

	@Override
	public List<RequestService> services(Locale locale) {
		List<RequestService> services = new ArrayList<>();
		this.entries.forEachPublished((entry) -> {
			if (entry.kind() == EntryKind.SERVICE) {
				services.add(service(entry, locale));
			}
		});
		return services;
	}

	@Override
	public Optional<RequestService> service(String code, Locale locale) {
		if (code == null || !code.startsWith(PREFIX)) {
			return Optional.empty();
		}
		long id;
		try {
			id = Long.parseLong(code.substring(PREFIX.length()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return this.entries.published(id)
			.filter((entry) -> entry.kind() == EntryKind.SERVICE)
			.map((entry) -> service(entry, locale));
	}

	/**
	 * The unit of the nearest published community office or station within
	 * {@link #COMMUNITY_RADIUS} that is a community (village level) of the point's own
	 * district.
	 */
	@Override
	public Optional<Long> communityAt(GeoPoint wgs84) {
		Optional<String> district = Districts.beijing().districtOf(wgs84);
		if (district.isEmpty()) {
			return Optional.empty();
		}
		return this.index.within(wgs84, COMMUNITY_RADIUS, List.of("community"), 50)
			.stream()
			.map((near) -> near.entry().unitId())
			.filter((unitId) -> {
				UnitCode code = UnitCode.ofId(unitId);
				return code.level() == UnitLevel.VILLAGE && code.prefix(6).equals(district.get());
			})
			.findFirst();
	}

	@Override
	public Optional<Long> districtAt(GeoPoint wgs84) {
		return Districts.beijing().districtOf(wgs84).map((code) -> UnitCode.parse(code).id());
	}

	private RequestService service(PublishedEntry entry, Locale locale) {
		ServiceDetails guide = (ServiceDetails) entry.details();
		String group = this.messages.getMessage("map.serviceClass." + guide.serviceClass().name(), null,
				guide.serviceClass().name(), locale);
		int days = (guide.timeLimitDays() != null && guide.timeLimitDays() > 0) ? guide.timeLimitDays()
				: DEFAULT_TIME_LIMIT;
		return new RequestService(PREFIX + entry.id(), entry.title(), guide.conditions(), group, "realtime", days,
				List.of(), false, entry.unitId());
	}

}
