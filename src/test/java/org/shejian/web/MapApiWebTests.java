package org.shejian.web;

import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.catalogue.Catalogue;
import org.shejian.map.EntryPublished;
import org.shejian.shared.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.shejian.web.JsonRequests.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The map API: the whole way of an entry from a community's draft to the public map, and
 * what the public never sees. Not transactional, so that publication events fire after
 * commit as in production.
 */
@RecordApplicationEvents
class MapApiWebTests extends PlatformTestSupport {

	/** A GCJ-02 point in 东城区 and its WGS-84 original (coord_vectors.csv). */
	static final double GCJ_LAT = 39.91640428150164;

	static final double GCJ_LNG = 116.41024449916938;

	static final double WGS_LAT = 39.915;

	static final double WGS_LNG = 116.404;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Catalogue catalogue;

	@Test
	void aCommunityItemGoesUpThreeLevelsWithOneReturnAndReachesThePublicMap() throws Exception {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_ADMIN);
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		AccountPrincipal district = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);

		JsonNode entry = body(this.mvc.perform(json(post("/api/v1/map/entries"), community, item("多福巷社区服务站", null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("DRAFT")));
		long id = entry.get("id").asLong();
		this.mvc.perform(get("/api/v1/map/items/" + id)).andExpect(status().isNotFound());

		entry = step(community, id, "report", entry, null).andExpect(jsonPath("$.heldLevel").value("STREET")).let();
		this.mvc.perform(get("/api/v1/map/items/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/map/items").param("bbox", "116.40,39.91,116.42,39.92"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
		entry = step(street, id, "return", entry, "电话号码缺区号").andExpect(jsonPath("$.state").value("RETURNED")).let();

		entry = body(this.mvc
			.perform(json(put("/api/v1/map/entries/" + id), community, item("多福巷社区服务站", entry.get("version").asInt())))
			.andExpect(status().isOk()));
		entry = step(community, id, "report", entry, null).let();
		entry = step(street, id, "approve", entry, null).andExpect(jsonPath("$.heldLevel").value("DISTRICT")).let();
		entry = step(district, id, "approve", entry, null).andExpect(jsonPath("$.heldLevel").value("CITY")).let();
		this.mvc.perform(get("/api/v1/map/items/" + id)).andExpect(status().isNotFound());
		step(city, id, "approve", entry, null).andExpect(jsonPath("$.state").value("PUBLISHED"));

		this.mvc.perform(get("/api/v1/map/items/" + id).param("crs", "wgs84"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lat", closeTo(WGS_LAT, 1e-6)))
			.andExpect(jsonPath("$.lng", closeTo(WGS_LNG, 1e-6)))
			.andExpect(jsonPath("$.title").value("多福巷社区服务站"))
			.andExpect(jsonPath("$.details.address").value("东城区多福巷 1 号"))
			.andExpect(jsonPath("$.layer").value("community-station"));
		this.mvc.perform(get("/api/v1/map/items/" + id).param("crs", "gcj02"))
			.andExpect(jsonPath("$.lat", closeTo(GCJ_LAT, 1e-6)))
			.andExpect(jsonPath("$.lng", closeTo(GCJ_LNG, 1e-6)))
			.andExpect(jsonPath("$.crs").value("gcj02"));
		this.mvc
			.perform(get("/api/v1/map/items").param("layer", "community")
				.param("bbox", "116.40,39.91,116.42,39.92")
				.param("crs", "gcj02"))
			.andExpect(jsonPath("$[*].id", hasItem((int) id)));
		this.mvc.perform(get("/api/v1/map/items").param("layer", "school"))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
		this.mvc.perform(get("/api/v1/map/entries/" + id + "/events").with(user(community)))
			.andExpect(jsonPath("$[*].action",
					contains("CREATE", "REPORT", "RETURN", "CHANGE", "REPORT", "APPROVE", "APPROVE", "PUBLISH")))
			.andExpect(jsonPath("$[2].comment").value("电话号码缺区号"));
		assertThat(this.events.stream(EntryPublished.class)).anyMatch((e) -> e.entry().id() == id);
		String resource = this.catalogue.findByKey("map.items").orElseThrow().identifier();
		this.mvc.perform(get("/api/v1/data/" + resource + "/rows").param("entry_id", String.valueOf(id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].title").value("多福巷社区服务站"))
			.andExpect(jsonPath("$.rows[0].layer").value("community-station"));
	}

	@Test
	void aDongchengReviewerIsRefusedAXichengEntryWithoutLearningOfIt() throws Exception {
		AccountPrincipal owner = this.accounts.create("110102001004", Role.COMMUNITY_STAFF);
		AccountPrincipal xichengStreet = this.accounts.create("110102001", Role.STREET_ADMIN);
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		String body = "{\"kind\":\"ITEM\",\"unitCode\":\"110102001004\",\"layerCode\":\"community\","
				+ "\"title\":\"府右街南社区\",\"lat\":39.93,\"lng\":116.392,\"crs\":\"gcj02\"}";
		JsonNode entry = body(this.mvc.perform(json(post("/api/v1/map/entries"), owner, body)));
		long id = entry.get("id").asLong();
		entry = step(owner, id, "report", entry, null).let();
		entry = step(xichengStreet, id, "approve", entry, null).let();

		this.mvc
			.perform(json(post("/api/v1/map/entries/" + id + "/approve"), dongcheng,
					"{\"version\":" + entry.get("version").asInt() + "}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/map/entries/" + id).with(user(owner)))
			.andExpect(jsonPath("$.version").value(entry.get("version").asInt()))
			.andExpect(jsonPath("$.heldLevel").value("DISTRICT"));
	}

	@Test
	void swappedCoordinatesAreRefusedWithTheirOwnMessage() throws Exception {
		AccountPrincipal owner = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		String body = "{\"kind\":\"ITEM\",\"unitCode\":\"110101001001\",\"layerCode\":\"community\","
				+ "\"title\":\"反了\",\"lat\":116.404,\"lng\":39.915,\"crs\":\"wgs84\"}";

		this.mvc.perform(json(post("/api/v1/map/entries"), owner, body).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:geo.swapped"));
	}

	@Test
	void batchReviewSaysWhichEntriesItLeftAlone() throws Exception {
		AccountPrincipal owner = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		JsonNode entry = body(this.mvc.perform(json(post("/api/v1/map/entries"), owner, item("批量", null))));
		long id = entry.get("id").asLong();
		entry = step(owner, id, "report", entry, null).let();

		this.mvc
			.perform(json(post("/api/v1/map/review"), street,
					"{\"decision\":\"APPROVE\",\"entries\":[{\"id\":" + id + ",\"version\":"
							+ entry.get("version").asInt() + "},{\"id\":999999999,\"version\":0}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.done", contains((int) id)))
			.andExpect(jsonPath("$.skipped[0].id").value(999999999))
			.andExpect(jsonPath("$.skipped[0].reason").value("map.entry.notFound"));
		this.mvc
			.perform(json(post("/api/v1/map/review"), street,
					"{\"decision\":\"APPROVE\",\"entries\":[null,{\"id\":" + id + "}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:request.malformed"));
		this.mvc
			.perform(json(post("/api/v1/map/review"), this.accounts.create("110101", Role.DISTRICT_ADMIN),
					"{\"decision\":\"APPROVE\",\"entries\":[{\"id\":" + id + "}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skipped[0].reason").value("version.missing"));
	}

	@Test
	void aCityPolicyIsPublishedByTheCityAndListedWithoutItsFullText() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		String body = "{\"kind\":\"POLICY\",\"unitCode\":\"11\",\"title\":\"关于加强社区服务站建设的意见\","
				+ "\"policy\":{\"issuer\":\"北京市社会建设工作领导小组\",\"documentNumber\":\"京社领发〔2012〕1号\","
				+ "\"issuedOn\":\"2012年5月30日\",\"fullText\":\"第一条　……\"}}";
		JsonNode entry = body(this.mvc.perform(json(post("/api/v1/map/entries"), city, body)));
		long id = entry.get("id").asLong();
		entry = step(city, id, "report", entry, null).andExpect(jsonPath("$.heldLevel").value("CITY")).let();
		this.mvc
			.perform(json(post("/api/v1/map/entries/" + id + "/approve"), city,
					"{\"version\":" + entry.get("version").asInt() + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("其他审核人")));
		AccountPrincipal colleague = this.accounts.create("11", Role.CITY_ADMIN);
		step(colleague, id, "approve", entry, null).andExpect(jsonPath("$.state").value("PUBLISHED"));

		this.mvc.perform(get("/api/v1/map/items/" + id))
			.andExpect(jsonPath("$.details.fullText").value("第一条　……"))
			.andExpect(jsonPath("$.details.issuedOn").value("2012-05-30"))
			.andExpect(jsonPath("$.lat").doesNotExist());
		this.mvc.perform(get("/api/v1/map/items"))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].details.documentNumber").value(hasItem("京社领发〔2012〕1号")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].details.fullText").value(not(hasItem("第一条　……"))));
	}

	@Test
	void layersAndDistrictOutlinesArePublic() throws Exception {
		this.mvc.perform(get("/api/v1/map/layers")).andExpect(jsonPath("$[*].code", hasItem("elderly-care")));
		this.mvc.perform(get("/api/v1/map/districts").param("crs", "wgs84"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features.length()").value(16));
	}

	private String item(String title, Integer version) {
		return "{\"kind\":\"ITEM\",\"unitCode\":\"110101001001\",\"layerCode\":\"community-station\",\"title\":\""
				+ title + "\",\"lat\":" + GCJ_LAT + ",\"lng\":" + GCJ_LNG + ",\"crs\":\"gcj02\","
				+ "\"item\":{\"address\":\"东城区多福巷 1 号\",\"phone\":\"010-65130000\",\"tags\":[\"社区\"]}"
				+ ((version != null) ? ",\"version\":" + version : "") + "}";
	}

	private Step step(AccountPrincipal actor, long id, String action, JsonNode entry, String comment) throws Exception {
		String body = "{\"version\":" + entry.get("version").asInt()
				+ ((comment != null) ? ",\"comment\":\"" + comment + "\"" : "") + "}";
		return new Step(this.mvc.perform(json(post("/api/v1/map/entries/" + id + "/" + action), actor, body))
			.andExpect(status().isOk()));
	}

	private JsonNode body(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** A step's answer, checked further and then read. */
	private final class Step {

		private final ResultActions result;

		Step(ResultActions result) {
			this.result = result;
		}

		Step andExpect(org.springframework.test.web.servlet.ResultMatcher matcher) throws Exception {
			this.result.andExpect(matcher);
			return this;
		}

		JsonNode let() throws Exception {
			return body(this.result);
		}

	}

}
