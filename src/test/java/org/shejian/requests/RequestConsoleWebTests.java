package org.shejian.requests;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console pages of requests: categories and keys for city administrators, a request
 * answered and closed by its community, and the resident's page showing the outcome.
 */
@Tag("database")
@Transactional
class RequestConsoleWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	Requests requests;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void cityAdministratorsKeepCategoriesAndKeys() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal district = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc
			.perform(post("/console/request-categories").with(user(city))
				.with(csrf())
				.param("code", "heating")
				.param("name", "供暖")
				.param("nameEn", "Heating")
				.param("group", "城市管理")
				.param("timeLimitDays", "2")
				.param("active", "true"))
			.andExpect(flash().attribute("notice", containsString("")));
		this.mvc.perform(get("/console/request-categories").with(user(city)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("heating")));
		this.mvc.perform(get("/open311/v2/services.json")).andExpect(content().string(containsString("heating")));

		this.mvc.perform(post("/console/open311-keys").with(user(city)).with(csrf()).param("application", "市民热线"))
			.andExpect(flash().attribute("notice", containsString("o311_")));
		this.mvc.perform(get("/console/open311-keys").with(user(city)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("市民热线")));
		this.mvc.perform(post("/console/open311-keys").with(user(district)).with(csrf()).param("application", "x"))
			.andExpect(flash().attribute("error", containsString("")));
	}

	@Test
	void communityAnswersAndClosesAndTheResidentSeesIt() throws Exception {
		AccountPrincipal staff = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		long id = this.requests
			.submit(new RequestForm("sanitation", "楼下垃圾站异味", null, null, null, "110101001001", "某", null,
					"someone@example.cn", null, null), "web", Locale.SIMPLIFIED_CHINESE)
			.request()
			.id();

		this.mvc.perform(get("/console/requests/" + id).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("someone@example.cn")));
		this.mvc.perform(
				post("/console/requests/" + id + "/answer").with(user(staff)).with(csrf()).param("note", "已联系环卫所清洗。"))
			.andExpect(flash().attribute("notice", containsString("")));
		this.mvc.perform(
				post("/console/requests/" + id + "/close").with(user(staff)).with(csrf()).param("note", "垃圾站已清洗消毒。"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/requests/" + id).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("垃圾站已清洗消毒。")))
			.andExpect(content().string(containsString("Closed")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("someone@example.cn"))));
		this.mvc.perform(get("/open311/v2/requests/" + id + ".json"))
			.andExpect(content().string(containsString("\"status\":\"closed\"")))
			.andExpect(content().string(containsString("垃圾站已清洗消毒。")));
	}

	@Test
	void requestsAreACatalogueResourceWithoutPersonalData() throws Exception {
		this.requests.submit(new RequestForm("noise", "目录视图", null, null, null, "110101001001", "某", "张",
				"catalogue@example.cn", "13700000000", null), "web", Locale.SIMPLIFIED_CHINESE);

		this.mvc.perform(get("/api/v1/catalogue/resources"))
			.andExpect(content().string(containsString("requests.requests")));
		List<Map<String, Object>> rows = this.jdbc.sql("SELECT * FROM req_request_resource").query().listOfRows();
		assertThat(rows).isNotEmpty();
		assertThat(rows.get(0).keySet()).map((column) -> column.toLowerCase(Locale.ROOT))
			.contains("c_request_id", "c_unit_code", "c_status")
			.noneMatch((column) -> column.contains("mail") || column.contains("phone") || column.contains("name")
					|| column.contains("description"));
	}

}
