package org.shejian.web;

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
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The map's console pages: entries shown as text, the form, the review queue with its
 * batch, the district flag, and refusals as messages.
 */
@Transactional
class MapConsoleWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MapWorkflow workflow;

	@Test
	void showsScriptInANameAsTextOnEveryPage() throws Exception {
		AccountPrincipal owner = this.accounts.create("110101001001", Role.COMMUNITY_ADMIN);
		Entry entry = this.workflow.create(owner,
				item("110101001001", "<script>alert(1)</script>站", 39.9164, 116.4102));

		this.mvc.perform(get("/console/map/entries/" + entry.id()).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;站")));
		this.mvc.perform(get("/console/map").with(user(owner)))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
	}

	@Test
	void createsAnEntryFromTheFormAndRefusesAnOutsideChinaPointWithTheFormKept() throws Exception {
		AccountPrincipal owner = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);

		this.mvc
			.perform(post("/console/map").with(user(owner))
				.with(csrf())
				.param("kind", "ITEM")
				.param("unitCode", "110101001001")
				.param("layerCode", "elderly-dining")
				.param("title", "多福巷老年餐桌")
				.param("crs", "gcj02")
				.param("lat", "39.9164")
				.param("lng", "116.4102")
				.param("tags", "助餐,老年"))
			.andExpect(redirectedUrlPattern("/console/map/entries/*"));
		this.mvc
			.perform(post("/console/map").with(user(owner))
				.with(csrf())
				.param("kind", "ITEM")
				.param("unitCode", "110101001001")
				.param("layerCode", "elderly-dining")
				.param("title", "东京")
				.param("crs", "wgs84")
				.param("lat", "35.68")
				.param("lng", "139.76"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不在中国境内")))
			.andExpect(content().string(containsString("value=\"东京\"")));
	}

	@Test
	void readsFullWidthDigitsAndRefusesADecimalCommaWithTheFormKept() throws Exception {
		AccountPrincipal owner = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);

		String location = this.mvc
			.perform(post("/console/map").with(user(owner))
				.with(csrf())
				.param("kind", "ITEM")
				.param("unitCode", "110101001001")
				.param("layerCode", "elderly-dining")
				.param("title", "全角坐标餐桌")
				.param("crs", "wgs84")
				.param("lat", "３９.９１６４")
				.param("lng", " １１６.４１０２ "))
			.andExpect(redirectedUrlPattern("/console/map/entries/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Entry stored = this.workflow.entry(owner, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(stored.point().lat()).isEqualTo(39.9164);
		assertThat(stored.point().lng()).isEqualTo(116.4102);

		int before = this.workflow.entries(owner, null, 0).size();
		for (String lat : new String[] { "39,9164", "1e400", "NaN" }) {
			this.mvc
				.perform(post("/console/map").with(user(owner))
					.with(csrf())
					.param("kind", "ITEM")
					.param("unitCode", "110101001001")
					.param("layerCode", "elderly-dining")
					.param("title", "逗号坐标餐桌")
					.param("crs", "wgs84")
					.param("lat", lat)
					.param("lng", "116.4102"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(lat.contains(",") ? "用逗号作了小数点" : "不是可识别的十进制数")))
				.andExpect(content().string(containsString("value=\"逗号坐标餐桌\"")))
				.andExpect(content().string(containsString("value=\"" + lat + "\"")));
		}
		assertThat(this.workflow.entries(owner, null, 0)).hasSize(before);
	}

	@Test
	void createsAServiceGuideFromAFormSentWithEveryFieldAsABrowserSendsIt() throws Exception {
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		var request = post("/console/map").with(user(street)).with(csrf());
		for (String field : new String[] { "layerCode", "lat", "lng", "address", "phone", "hours", "description",
				"photos", "tags", "conditions", "materials", "timeLimitDays", "fees", "place", "serviceHours",
				"contact", "legalBasis", "onlineLink", "issuer", "documentNumber", "issuedOn", "effectiveFrom",
				"effectiveTo", "fullText", "relatedUnits" }) {
			request.param(field, "");
		}

		this.mvc
			.perform(request.param("kind", "SERVICE")
				.param("unitCode", "110101001")
				.param("title", "老年人优待证办理")
				.param("crs", "gcj02")
				.param("serviceClass", "PUBLIC")
				.param("steps", "1. 申请\r\n2. 领取")
				.param("validity", "IN_FORCE"))
			.andExpect(redirectedUrlPattern("/console/map/entries/*"));
	}

	@Test
	void flagsAPointInAnotherDistrictForOwnersAndReviewers() throws Exception {
		AccountPrincipal owner = this.accounts.create("110102001004", Role.COMMUNITY_STAFF);
		AccountPrincipal street = this.accounts.create("110102001", Role.STREET_ADMIN);
		Entry entry = this.workflow.create(owner, new EntryForm(EntryKind.ITEM, "110102001004", "community", "误标的点",
				39.93, 116.392, "wgs84", null, null, null, null));
		entry = this.workflow.report(owner, entry.id(), entry.version());

		this.mvc.perform(get("/console/map/entries/" + entry.id()).with(user(owner)))
			.andExpect(content().string(containsString("坐标落在 110101 区域内，而所属单位在 110102")));
		this.mvc.perform(get("/console/map/review").with(user(street)))
			.andExpect(content().string(containsString("误标的点")))
			.andExpect(content().string(containsString("区不符")));
	}

	@Test
	void batchFromTheQueueApprovesTheTickedAndReportsTheRest() throws Exception {
		AccountPrincipal owner = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		AccountPrincipal other = this.accounts.create("110102001004", Role.COMMUNITY_STAFF);
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		Entry mine = reported(owner, item("110101001001", "批量甲", 39.9164, 116.4102));
		Entry theirs = reported(other, item("110102001004", "批量乙", 39.93, 116.392));

		this.mvc
			.perform(post("/console/map/review").with(user(street))
				.with(csrf())
				.param("decision", "RETURN")
				.param("comment", "请补充开放时间")
				.param("entries", mine.id() + ":" + mine.version(), theirs.id() + ":" + theirs.version()))
			.andExpect(flash().attribute("notice", containsString("已处理 1 条；1 条未处理")));
		assertThat(this.workflow.entry(owner, mine.id()).state()).isEqualTo(EntryState.RETURNED);
		assertThat(this.workflow.entry(other, theirs.id()).state()).isEqualTo(EntryState.REPORTED);
	}

	@Test
	void aBatchWithATamperedTickIsAClearMessageAndDecidesNothing() throws Exception {
		AccountPrincipal owner = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		Entry mine = reported(owner, item("110101001001", "批量丙", 39.9164, 116.4102));

		for (String tampered : new String[] { ":", "x:1", "1:y" }) {
			this.mvc
				.perform(post("/console/map/review").with(user(street))
					.with(csrf())
					.param("decision", "APPROVE")
					.param("entries", mine.id() + ":" + mine.version(), tampered))
				.andExpect(redirectedUrl("/console/map/review"))
				.andExpect(flash().attribute("error", containsString("无效")));
		}
		assertThat(this.workflow.entry(owner, mine.id())).isEqualTo(mine);
	}

	@Test
	void aStaleFormIsAClearMessage() throws Exception {
		AccountPrincipal owner = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		Entry entry = this.workflow.create(owner, item("110101001001", "旧表单", 39.9164, 116.4102));

		this.mvc
			.perform(post("/console/map/entries/" + entry.id() + "/report").with(user(owner))
				.with(csrf())
				.param("version", String.valueOf(entry.version() + 3)))
			.andExpect(flash().attribute("error", containsString("已被他人修改")));
	}

	@Test
	void pagesOpenForTheirRoles() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);

		for (String page : new String[] { "/console/map", "/console/map?state=DRAFT", "/console/map/new?kind=SERVICE",
				"/console/map/new?kind=POLICY", "/console/map/review", "/console/map/stale", "/console/map/layers" }) {
			this.mvc.perform(get(page).with(user(city))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/console/map/layers").param("lang", "en").with(user(city)))
			.andExpect(content().string(containsString("Elderly care posts")));
	}

	@Test
	void onlyTheCityAddsLayers() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal district = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc
			.perform(post("/console/map/layers").with(user(district))
				.with(csrf())
				.param("code", "sports")
				.param("nameZh", "体育场馆")
				.param("nameEn", "Sports venues"))
			.andExpect(flash().attribute("error", containsString("无权")));
		this.mvc
			.perform(post("/console/map/layers").with(user(city))
				.with(csrf())
				.param("code", "sports")
				.param("nameZh", "体育场馆")
				.param("nameEn", "Sports venues"))
			.andExpect(flash().attribute("notice", containsString("已保存")));
	}

	private Entry reported(AccountPrincipal owner, EntryForm form) {
		Entry entry = this.workflow.create(owner, form);
		return this.workflow.report(owner, entry.id(), entry.version());
	}

	private static EntryForm item(String unit, String title, double lat, double lng) {
		return new EntryForm(EntryKind.ITEM, unit, "community", title, lat, lng, "gcj02",
				new ItemDetails(null, null, null, "简介", null, null), null, null, null);
	}

}
