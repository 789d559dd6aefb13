package org.shejian.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.map.Entry;
import org.shejian.map.EntryForm;
import org.shejian.map.EntryKind;
import org.shejian.map.EntryState;
import org.shejian.map.ItemDetails;
import org.shejian.map.MapWorkflow;
import org.shejian.map.PolicyDetails;
import org.shejian.map.ServiceClass;
import org.shejian.map.ServiceDetails;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public map's pages, read without signing in: only published copies, every text
 * shown as text, the list that works without JavaScript. Entries are published through
 * the review workflow; each test names its own with a fresh word, since the database is
 * shared.
 */
class MapPageWebTests extends PlatformTestSupport {

	/**
	 * The unit of the service items published here: one that tests of campaigns, which
	 * count a unit's service items, leave alone.
	 */
	private static final String SERVICE_UNIT = "110105001024";

	private static final double GCJ_LAT = 39.91640428150164;

	private static final double GCJ_LNG = 116.41024449916938;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MapWorkflow workflow;

	@Test
	void anItemPageShowsItsFieldsAndEveryTextAsText() throws Exception {
		String word = word();
		long id = publishedItem("<script>alert(1)</script>" + word, "community-station",
				"<b>开放</b>\n第二行<img src=x onerror=alert(2)>");

		this.mvc.perform(get("/map/items/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;" + word)))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("&lt;b&gt;开放&lt;/b&gt;\n第二行&lt;img src=x onerror=alert(2)&gt;")))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(containsString("<p class=\"text\">")))
			.andExpect(content().string(containsString("东城区多福巷 1 号")))
			.andExpect(content().string(containsString("href=\"tel:010-65130000\"")))
			.andExpect(content().string(containsString("周一至周五 9:00-17:00")))
			.andExpect(content().string(containsString("<li>服务站</li>")))
			.andExpect(content().string(containsString("社区服务站")))
			.andExpect(content().string(containsString("src=\"https://example.org/photo.jpg\"")))
			.andExpect(
					content().string(containsString("alt=\"&lt;script&gt;alert(1)&lt;/script&gt;" + word + "的照片 1\"")))
			.andExpect(content().string(containsString("href=\"/units/110101001001\"")))
			.andExpect(content().string(containsString("多福巷社区居委会")))
			.andExpect(content().string(containsString("data-static=\"true\"")))
			.andExpect(content().string(containsString("/dist/leaflet.js")));
	}

	@Test
	void anEntryAwaitingReviewIsNotFoundByItsAddressAndNotListed() throws Exception {
		String word = word();
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_ADMIN);
		Entry waiting = this.workflow.create(community, item("待审" + word, "community-station", null));
		this.workflow.report(community, waiting.id(), waiting.version());
		long published = publishedItem("已发布" + word, "community-station", null);

		this.mvc.perform(get("/map/items/" + waiting.id()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("找不到地图条目")));
		this.mvc.perform(get("/map/services/" + waiting.id())).andExpect(status().isNotFound());
		this.mvc.perform(get("/map").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已发布" + word)))
			.andExpect(content().string(containsString("href=\"/map/items/" + published + "\"")))
			.andExpect(content().string(not(containsString("待审" + word))))
			.andExpect(content().string(containsString("共 1 条。")));
	}

	@Test
	void aServiceGuideShowsEveryFieldAndLinksOnlineOnlyToTheWeb() throws Exception {
		String word = word();
		long id = publish(this.accounts.create("11", Role.CITY_ADMIN), new EntryForm(EntryKind.SERVICE, SERVICE_UNIT,
				null, "居住证明" + word, null, null, null, null,
				new ServiceDetails(ServiceClass.CONVENIENCE, "本社区居民", "身份证\n户口簿", "1. 申请\n2. 审核", 3, "免费", "社区服务站",
						"工作日 9:00-17:00", "010-65130000", "《北京市社区服务办法》", "https://banshi.example.org/apply?x=1&y=2"),
				null, null));

		this.mvc.perform(get("/map/services/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("办事指南")))
			.andExpect(content().string(containsString("便民服务")))
			.andExpect(content().string(containsString("本社区居民")))
			.andExpect(content().string(containsString("身份证\n户口簿")))
			.andExpect(content().string(containsString("1. 申请\n2. 审核")))
			.andExpect(content().string(containsString("3 个工作日")))
			.andExpect(content().string(containsString("免费")))
			.andExpect(content().string(containsString("工作日 9:00-17:00")))
			.andExpect(content().string(containsString("《北京市社区服务办法》")))
			.andExpect(content().string(containsString(
					"<a href=\"https://banshi.example.org/apply?x=1&amp;y=2\" rel=\"noopener noreferrer\">")));
		this.mvc.perform(get("/map/items/" + id)).andExpect(redirectedUrl("/map/services/" + id));
		this.mvc.perform(get("/map/policies/" + id)).andExpect(redirectedUrl("/map/services/" + id));
	}

	@Test
	void aPolicyPageShowsItsDocumentFullTextAndUnits() throws Exception {
		String word = word();
		long id = publish(this.accounts.create("11", Role.CITY_ADMIN),
				new EntryForm(EntryKind.POLICY, "11", null, "关于加强社区服务站建设的意见" + word, null, null, null, null, null,
						new PolicyDetails("北京市社会建设工作领导小组", "京社领发〔2012〕1号", "2012年5月30日", "2012-06-01", null, null,
								"第一条　<为了>……\n第二条　……", List.of("110101")),
						null));

		this.mvc.perform(get("/map/policies/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("北京市社会建设工作领导小组")))
			.andExpect(content().string(containsString("京社领发〔2012〕1号")))
			.andExpect(content().string(containsString("2012-05-30")))
			.andExpect(content().string(containsString("2012-06-01")))
			.andExpect(content().string(containsString("现行有效")))
			.andExpect(content().string(containsString("第一条　&lt;为了&gt;……\n第二条　……")))
			.andExpect(content().string(containsString("<a href=\"/units/110101\">东城区</a>")));
	}

	@Test
	void theListFiltersByLayerAndUnitWithPlainForms() throws Exception {
		String word = word();
		long station = publishedItem("服务站" + word, "community-station", null);
		long school = publishedItem("学校" + word, "school", null);

		this.mvc.perform(get("/map").param("layer", "community").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/map/items/" + station + "\"")))
			.andExpect(content().string(not(containsString("href=\"/map/items/" + school + "\""))))
			.andExpect(content().string(containsString("value=\"community\" checked")))
			.andExpect(content().string(containsString("<form id=\"map-filter\" class=\"map-filter\" method=\"get\"")))
			.andExpect(content().string(containsString("id=\"map\" class=\"map map-plain\" hidden")))
			.andExpect(content().string(containsString("data-clusters-url=\"/api/v1/map/clusters\"")))
			.andExpect(content().string(containsString("data-tiles-crs=\"wgs84\"")));
		this.mvc.perform(get("/map/list").param("layer", "school").param("q", word))
			.andExpect(content().string(containsString("href=\"/map/items/" + school + "\"")))
			.andExpect(content().string(not(containsString("href=\"/map/items/" + station + "\""))));
		this.mvc.perform(get("/map").param("near", "110101001").param("q", word))
			.andExpect(content().string(containsString("共 2 条。")));
		this.mvc.perform(get("/map").param("near", "110102").param("q", word))
			.andExpect(content().string(containsString("共 0 条。")));
		this.mvc.perform(get("/map").param("near", "9999").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("找不到代码为“9999”的单位。")));
	}

	@Test
	void thePagesSpeakEnglish() throws Exception {
		long id = publishedItem("English " + word(), "community-station", null);

		this.mvc.perform(get("/map").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("<h1>Social services map</h1>")))
			.andExpect(content().string(containsString("Community service station")));
		this.mvc.perform(get("/map/items/" + id).param("lang", "en"))
			.andExpect(content().string(containsString("<dt>Address</dt>")))
			.andExpect(content().string(containsString("Back to the map")));
	}

	@Test
	void anEntryPageAnswersNotModifiedToTheSameVersion() throws Exception {
		long id = publishedItem("缓存" + word(), "community-station", null);
		String etag = this.mvc.perform(get("/map/items/" + id))
			.andExpect(header().exists("ETag"))
			.andExpect(header().exists("Last-Modified"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");

		this.mvc.perform(get("/map/items/" + id).header("If-None-Match", etag)).andExpect(status().isNotModified());
		this.mvc.perform(get("/map/items/" + id).header("If-None-Match", etag).param("lang", "en"))
			.andExpect(status().isOk());
	}

	@Test
	void anEntryWithdrawnAndPublishedAnewIsNotAnsweredFromTheOldVersion() throws Exception {
		AccountPrincipal owner = this.accounts.create("110101001001", Role.COMMUNITY_ADMIN);
		String title = "重开" + word();
		long id = publish(owner, item(title, "community-station", null));
		String etag = this.mvc.perform(get("/map/items/" + id)).andReturn().getResponse().getHeader("ETag");
		Entry entry = this.workflow.entry(owner, id);
		entry = this.workflow.withdraw(owner, id, entry.version(), "暂停");
		entry = this.workflow.approve(this.accounts.create("11", Role.CITY_ADMIN), id, entry.version(), null);
		this.mvc.perform(get("/map/items/" + id)).andExpect(status().isNotFound());
		this.workflow.change(owner, id,
				new EntryForm(EntryKind.ITEM, "110101001001", "community-station", title + "新址", GCJ_LAT, GCJ_LNG,
						"gcj02", new ItemDetails("东城区多福巷 2 号", null, null, null, List.of(), List.of()), null, null,
						entry.version()));
		publishAgain(owner, id);

		this.mvc.perform(get("/map/items/" + id).header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title + "新址")));
	}

	/** Reports a changed entry again and takes it up to the city, which publishes it. */
	private void publishAgain(AccountPrincipal owner, long id) {
		Entry entry = this.workflow.entry(owner, id);
		entry = this.workflow.report(owner, id, entry.version());
		for (String code : List.of("110101001", "110101", "11")) {
			Role role = switch (code.length()) {
				case 9 -> Role.STREET_ADMIN;
				case 6 -> Role.DISTRICT_ADMIN;
				default -> Role.CITY_ADMIN;
			};
			AccountPrincipal reviewer = this.accounts.create(code, role);
			if (entry.state() != EntryState.PUBLISHED && this.workflow.mayReview(reviewer, entry)) {
				entry = this.workflow.approve(reviewer, id, entry.version(), null);
			}
		}
		assertThat(entry.state()).isEqualTo(EntryState.PUBLISHED);
	}

	@Test
	void anUnknownEntryIsTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/map/policies/999999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<h1>")));
	}

	private long publishedItem(String title, String layer, String description) {
		return publish(this.accounts.create("110101001001", Role.COMMUNITY_ADMIN), item(title, layer, description));
	}

	/** Creates the entry and takes it up to the city, which publishes it. */
	private long publish(AccountPrincipal owner, EntryForm form) {
		Entry entry = this.workflow.create(owner, form);
		entry = this.workflow.report(owner, entry.id(), entry.version());
		for (String code : List.of("110101001", "110101", "11")) {
			if (entry.state() == EntryState.PUBLISHED) {
				break;
			}
			Role role = switch (code.length()) {
				case 9 -> Role.STREET_ADMIN;
				case 6 -> Role.DISTRICT_ADMIN;
				default -> Role.CITY_ADMIN;
			};
			AccountPrincipal reviewer = this.accounts.create(code, role);
			if (this.workflow.mayReview(reviewer, entry)) {
				entry = this.workflow.approve(reviewer, entry.id(), entry.version(), null);
			}
		}
		return entry.id();
	}

	private static EntryForm item(String title, String layer, String description) {
		return new EntryForm(EntryKind.ITEM, "110101001001", layer, title, GCJ_LAT, GCJ_LNG, "gcj02",
				new ItemDetails("东城区多福巷 1 号", "010-65130000", "周一至周五 9:00-17:00", description,
						List.of("https://example.org/photo.jpg"), List.of("社区", "服务站")),
				null, null, null);
	}

	private static String word() {
		return "词" + UUID.randomUUID().toString().substring(0, 8);
	}

}
