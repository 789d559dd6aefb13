package org.shejian.requests;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.shejian.organisation.UnitCode;
import org.shejian.shared.geo.GeoPoint;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sources and locators for tests, asked before the map's own: one service owned by a
 * community, and a locator that knows one small box around 多福巷社区 and one in 西城区.
 */
final class TestRequestSources {

	static final String OWNED_SERVICE = "test-canteen";

	static final String OWNING_COMMUNITY = "110101001002";

	static final GeoPoint IN_COMMUNITY = new GeoPoint(39.935, 116.405);

	static final GeoPoint IN_DISTRICT_ONLY = new GeoPoint(39.915, 116.365);

	private TestRequestSources() {
	}

	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Services implements RequestServiceSource {

		@Override
		public List<RequestService> services(Locale locale) {
			return List.of(service());
		}

		@Override
		public Optional<RequestService> service(String code, Locale locale) {
			return OWNED_SERVICE.equals(code) ? Optional.of(service()) : Optional.empty();
		}

		private static RequestService service() {
			return new RequestService(OWNED_SERVICE, "社区老年餐桌", "一个社区发布的服务事项", "社区服务", "batch", 2, List.of("助餐"), true,
					UnitCode.parse(OWNING_COMMUNITY).id());
		}

	}

	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Locator implements RequestLocator {

		@Override
		public Optional<Long> communityAt(GeoPoint wgs84) {
			return near(wgs84, IN_COMMUNITY) ? Optional.of(UnitCode.parse("110101001001").id()) : Optional.empty();
		}

		@Override
		public Optional<Long> districtAt(GeoPoint wgs84) {
			return near(wgs84, IN_DISTRICT_ONLY) ? Optional.of(UnitCode.parse("110102").id()) : Optional.empty();
		}

		private static boolean near(GeoPoint point, GeoPoint centre) {
			return point.distanceMetres(centre) < 500;
		}

	}

}
