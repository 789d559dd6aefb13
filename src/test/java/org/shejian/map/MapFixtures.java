package org.shejian.map;

import java.util.List;

/**
 * Forms of map entries for tests.
 */
final class MapFixtures {

	/** A GCJ-02 point in 东城区 (a vector of coord_vectors.csv read the other way). */
	static final double DONGCHENG_GCJ_LAT = 39.91640428150164;

	static final double DONGCHENG_GCJ_LNG = 116.41024449916938;

	/** Its WGS-84 original. */
	static final double DONGCHENG_WGS_LAT = 39.915;

	static final double DONGCHENG_WGS_LNG = 116.404;

	private MapFixtures() {
	}

	static EntryForm item(String unitCode, String title, double lat, double lng, String crs) {
		return new EntryForm(EntryKind.ITEM, unitCode, "community-station", title, lat, lng, crs,
				new ItemDetails("东城区多福巷 1 号", "010-65130000", "周一至周五 9:00-17:00", "社区服务站。\n办理居住证明。",
						List.of("https://example.org/photo.jpg"), List.of("社区", "服务站")),
				null, null, null);
	}

	static EntryForm dongchengItem(String unitCode, String title) {
		return item(unitCode, title, DONGCHENG_GCJ_LAT, DONGCHENG_GCJ_LNG, "gcj02");
	}

	/** A service item of a unit with a complete guide, not placed on the map. */
	static EntryForm service(String unitCode, String title) {
		return new EntryForm(EntryKind.SERVICE, unitCode, null, title, null, null, null, null,
				new ServiceDetails(ServiceClass.PUBLIC, "本社区居民", "身份证、户口簿", "1. 申请\n2. 审核", 3, "免费", "社区服务站", "工作日",
						"010-65130000", "《北京市社区服务办法》", null),
				null, null);
	}

	static EntryForm changed(EntryForm form, String title, int version) {
		return new EntryForm(form.kind(), form.unitCode(), form.layerCode(), title, form.lat(), form.lng(), form.crs(),
				form.item(), form.service(), form.policy(), version);
	}

}
