package org.shejian.map;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.requests.RequestForm;
import org.shejian.requests.RequestService;
import org.shejian.requests.RequestServices;
import org.shejian.requests.Requests;
import org.shejian.requests.ServiceRequest;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.geo.GeoPoint;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The published map held in memory: it follows publication and withdrawal once they are
 * committed, answers nearby, clusters and search with published entries only, and gives
 * residents' requests the map's services and communities. Nothing here rolls back, so
 * every entry sits in 延庆区, away from the other tests' points, at a spot of its own.
 */
@Tag("database")
class MapIndexDatabaseTests extends PlatformTestSupport {

	/** 延庆区 刘斌堡乡 (WGS-84), far from every other test's points. */
	static final double LAT = 40.512;

	static final double LNG = 116.205;

	@Autowired
	MapWorkflow workflow;

	@Autowired
	MapIndex index;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RequestServices services;

	@Autowired
	Requests requests;

	@Autowired
	MockMvc mvc;

	@Test
	void nearbyAndClustersShowPublishedEntriesOnlyAndFollowWithdrawal() throws Exception {
		AccountPrincipal owner = this.accounts.create("110119", Role.DISTRICT_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		Entry published = publish(owner, city, item("110119", "延庆养老驿站甲", LAT, LNG, "elderly-care"));
		Entry waiting = this.workflow.create(owner, item("110119", "延庆养老驿站乙", LAT + 0.001, LNG, "elderly-care"));
		waiting = this.workflow.report(owner, waiting.id(), waiting.version());

		this.mvc.perform(get("/api/v1/map/nearby").param("lat", "" + LAT).param("lng", "" + LNG).param("radius", "500"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value((int) published.id()))
			.andExpect(jsonPath("$.items[0].distance", closeTo(0, 0.5)))
			.andExpect(jsonPath("$.items[0].url").value("/map/items/" + published.id()))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) waiting.id()))));
		this.mvc.perform(get("/api/v1/map/nearby").param("lat", "" + LAT).param("lng", "" + LNG).param("k", "1"))
			.andExpect(jsonPath("$.items[0].id").value((int) published.id()));
		// In GCJ-02 the same place has other numbers, and the answer is in GCJ-02 too.
		GeoPoint gcj = org.shejian.shared.geo.Coordinates.fromWgs84(new GeoPoint(LAT, LNG),
				org.shejian.shared.geo.CoordinateSystem.GCJ02);
		this.mvc
			.perform(get("/api/v1/map/nearby").param("lat", "" + gcj.lat())
				.param("lng", "" + gcj.lng())
				.param("crs", "gcj02")
				.param("k", "1")
				.param("layer", "elderly-disabled"))
			.andExpect(jsonPath("$.crs").value("gcj02"))
			.andExpect(jsonPath("$.items[0].id").value((int) published.id()))
			.andExpect(jsonPath("$.items[0].lat", closeTo(gcj.lat(), 1e-6)))
			.andExpect(jsonPath("$.items[0].distance", closeTo(0, 0.5)));
		this.mvc
			.perform(get("/api/v1/map/nearby").param("lat", "" + LAT)
				.param("lng", "" + LNG)
				.param("k", "5")
				.param("layer", "school"))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) published.id()))));
		this.mvc
			.perform(get("/api/v1/map/clusters").param("south", "" + (LAT - 0.01))
				.param("west", "" + (LNG - 0.01))
				.param("north", "" + (LAT + 0.01))
				.param("east", "" + (LNG + 0.01))
				.param("zoom", "18"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clusters[*].id", hasItem((int) published.id())))
			.andExpect(jsonPath("$.clusters[*].id", not(hasItem((int) waiting.id()))))
			.andExpect(jsonPath("$.clusters[*].title", hasItem("延庆养老驿站甲")));

		// Withdrawn (through review), it leaves the index.
		Entry withdrawal = this.workflow.withdraw(owner, published.id(), published.version(), "已搬迁");
		this.workflow.approve(city, withdrawal.id(), withdrawal.version(), null);
		assertThat(this.index.find(published.id())).isEmpty();
		this.mvc.perform(get("/api/v1/map/nearby").param("lat", "" + LAT).param("lng", "" + LNG).param("radius", "500"))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) published.id()))));
	}

	@Test
	void searchFindsPublishedEntriesByChineseWordsOnly() throws Exception {
		AccountPrincipal owner = this.accounts.create("110119", Role.DISTRICT_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		Entry published = publish(owner, city, item("110119", "永宁古城助残服务站", LAT + 0.01, LNG, "disabled-home"));
		Entry draft = this.workflow.create(owner, item("110119", "永宁古城未审站点", LAT + 0.011, LNG, "disabled-home"));

		this.mvc.perform(get("/api/v1/map/search").param("q", "永宁古城"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].id", hasItem((int) published.id())))
			.andExpect(jsonPath("$.hits[*].id", not(hasItem((int) draft.id()))))
			.andExpect(jsonPath("$.hits[0].title", containsString("<mark>")));
		this.mvc.perform(get("/api/v1/map/search").param("q", "永宁古城").param("layer", "school"))
			.andExpect(jsonPath("$.hits[*].id", not(hasItem((int) published.id()))));
		this.mvc.perform(get("/api/v1/map/search").param("q", "永宁古城").param("layer", "elderly-disabled"))
			.andExpect(jsonPath("$.hits[*].id", hasItem((int) published.id())));
		this.mvc.perform(get("/api/v1/map/search").param("q", " ")).andExpect(status().isBadRequest());
	}

	@Test
	void refusesNearbyAndClusterQueriesThatMakeNoSense() throws Exception {
		this.mvc.perform(get("/api/v1/map/nearby").param("lat", "116.4").param("lng", "39.9").param("k", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:geo.swapped"));
		this.mvc.perform(get("/api/v1/map/nearby").param("lat", "39.9").param("lng", "116.4"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:map.nearby.either"));
		this.mvc.perform(get("/api/v1/map/nearby").param("lat", "39.9").param("lng", "116.4").param("radius", "900000"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/map/nearby").param("lat", "39.9").param("lng", "116.4").param("k", "0"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/map/nearby").param("unit", "110119001002").param("k", "3"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/map/nearby").param("lat", "1e400").param("lng", "116.4").param("k", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:geo.unreadable"));
		this.mvc.perform(get("/api/v1/map/nearby").param("lat", "NaN").param("lng", "116.4").param("k", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:geo.unreadable"));
		this.mvc
			.perform(get("/api/v1/map/nearby").param("lat", "39,9")
				.param("lng", "116.4")
				.param("k", "3")
				.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail").value("The coordinate \"39,9\" has a comma as its decimal mark; write 39.9."));
		this.mvc.perform(get("/api/v1/map/nearby").param("lat", "３９.９").param("lng", "１１６.４").param("k", "3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.centre.lat").value(39.9));
		this.mvc
			.perform(get("/api/v1/map/clusters").param("south", "39")
				.param("west", "116")
				.param("north", "40")
				.param("east", "117")
				.param("zoom", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:map.zoom"));
		this.mvc
			.perform(get("/api/v1/map/clusters").param("south", "39")
				.param("west", "116")
				.param("north", "40")
				.param("east", "117")
				.param("zoom", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:request.parameter"));
		this.mvc
			.perform(get("/api/v1/map/clusters").param("south", "41")
				.param("west", "116")
				.param("north", "40")
				.param("east", "117")
				.param("zoom", "10"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/api/v1/map/clusters").param("south", "-95")
				.param("west", "-400")
				.param("north", "95")
				.param("east", "400")
				.param("zoom", "1"))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/map/clusters").param("south", "39")
				.param("west", "116")
				.param("north", "40")
				.param("east", "117")
				.param("zoom", "30"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void residentsRequestServicesAreTheMapsPublishedServiceItemsAndPointsReachTheCommunity() {
		AccountPrincipal owner = this.accounts.create("110119", Role.DISTRICT_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		// 延庆区 香水园街道 湖南社区 holds a station; a request made at its door goes to it.
		Entry station = publish(owner, city,
				item("110119001001", "湖南社区服务站", LAT - 0.05, LNG + 0.06, "community-station"));
		Entry service = publish(owner, city, MapFixtures.service("110119001001", "社区助餐登记"));
		Entry draftService = this.workflow.create(owner, MapFixtures.service("110119001001", "未发布事项"));

		List<RequestService> offered = this.services.services(Locale.CHINA);
		assertThat(offered).extracting(RequestService::code)
			.contains("map-" + service.id())
			.doesNotContain("map-" + draftService.id(), "map-" + station.id());
		RequestService guide = this.services.get("map-" + service.id(), Locale.CHINA);
		assertThat(guide.name()).isEqualTo("社区助餐登记");
		assertThat(guide.timeLimitDays()).isEqualTo(3);
		assertThat(guide.unitId()).isEqualTo(110119001001L);

		ServiceRequest request = this.requests
			.submit(new RequestForm("sanitation", "门口垃圾桶满了", String.valueOf(LAT - 0.0501), String.valueOf(LNG + 0.06),
					null, null, null, null, null, null, null), "web", Locale.CHINA)
			.request();
		assertThat(request.unitId()).isEqualTo(110119001001L);
		assertThat(this.index.placeOf(110119001001L)).contains(station.point());
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.requests.submit(new RequestForm("map-" + draftService.id(), "未发布的事项", null, null,
					null, "110119001001", null, null, null, null, null), "web", Locale.CHINA));
	}

	/** Creates and reports as the owner, then the city publishes. */
	private Entry publish(AccountPrincipal owner, AccountPrincipal city, EntryForm form) {
		Entry entry = this.workflow.create(owner, form);
		entry = this.workflow.report(owner, entry.id(), entry.version());
		while (entry.state() != EntryState.PUBLISHED) {
			entry = this.workflow.approve(city, entry.id(), entry.version(), null);
		}
		return entry;
	}

	private static EntryForm item(String unitCode, String title, double lat, double lng, String layer) {
		EntryForm base = MapFixtures.item(unitCode, title, lat, lng, "wgs84");
		return new EntryForm(base.kind(), base.unitCode(), layer, base.title(), base.lat(), base.lng(), base.crs(),
				base.item(), null, null, null);
	}

}
