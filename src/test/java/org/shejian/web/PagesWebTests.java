package org.shejian.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.organisation.Units;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public portal and the console pages, rendered on the server.
 */
@Transactional
class PagesWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Units units;

	@Test
	void homeListsTheSixteenDistricts() throws Exception {
		String page = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"zh-CN\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("北京市", "东城区", "延庆区");
		assertThat(page.split("href=\"/units/1101", -1)).hasSize(17);
	}

	@Test
	void unitPageShowsParentChainChildrenAndCounts() throws Exception {
		this.mvc.perform(get("/units/110101001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("东华门街道")))
			.andExpect(content().string(containsString("href=\"/units/110101\"")))
			.andExpect(content().string(containsString("多福巷社区")))
			.andExpect(content().string(containsString("社区居委会")));
	}

	@Test
	void unitPageAcceptsThePaddedCode() throws Exception {
		this.mvc.perform(get("/units/110101001000")).andExpect(content().string(containsString("东华门街道")));
	}

	@Test
	void unknownUnitIsAFriendlyNotFoundPage() throws Exception {
		this.mvc.perform(get("/units/119999"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("没有代码为 119999 的单位")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void searchFindsByShortNameOrCode() throws Exception {
		this.mvc.perform(get("/search").param("q", "多福巷")).andExpect(content().string(containsString("110101001001")));
		this.mvc.perform(get("/search").param("q", "110101001001"))
			.andExpect(content().string(containsString("多福巷社区居委会")));
	}

	@Test
	void switchesToEnglish() throws Exception {
		this.mvc.perform(get("/units/110101").param("lang", "en"))
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("Units below")));
	}

	@Test
	void scriptInAQueryIsShownAsText() throws Exception {
		this.mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
	}

	@Test
	void consoleTreeLoadsChildrenOfADistrictLazily() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);

		this.mvc.perform(get("/console/units").with(user(city)))
			.andExpect(content().string(containsString("hx-get=\"/console/units/110101/children\"")));
		this.mvc.perform(get("/console/units/110101/children").with(user(city)))
			.andExpect(content().string(containsString("东华门街道")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void districtAdministratorCannotOpenOrChangeAnotherDistrictInTheConsole() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc.perform(get("/console/units/110102").with(user(dongcheng))).andExpect(status().isForbidden());
		this.mvc.perform(get("/console/units/110102/children").with(user(dongcheng))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/console/units/110102001").with(user(dongcheng))
				.with(csrf())
				.param("name", "被改的名字")
				.param("version", "0"))
			.andExpect(flash().attribute("error", containsString("不在您的数据范围内")));
		assertThat(this.units.get("110102001").name()).isEqualTo("西长安街街道");
	}

	@Test
	void consoleEditShowsStaleVersionAsAMessage() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc
			.perform(post("/console/units/110101001").with(user(dongcheng))
				.with(csrf())
				.param("name", "东华门街道")
				.param("version", "41"))
			.andExpect(flash().attribute("error", containsString("已被他人修改")));
	}

	@Test
	void importPageRunsAnUploadAndReportsItsErrors() throws Exception {
		AccountPrincipal system = this.accounts.create("11", Role.SYSTEM_ADMIN);
		String streets = "code,name,areaCode,provinceCode,cityCode\n110101001,\"东华门街道\",110101,11,1101\n"
				+ "1.1E+8,\"坏\",110101,11,1101\n";

		MvcResult started = this.mvc
			.perform(multipart("/console/imports").file(csv("provinces.csv", "code,name\n11,\"北京市\"\n"))
				.file(csv("cities.csv", "code,name,provinceCode\n1101,\"市辖区\",11\n"))
				.file(csv("areas.csv", "code,name,cityCode,provinceCode\n110101,\"东城区\",1101,11\n"))
				.file(csv("streets.csv", streets))
				.param("province", "11")
				.param("edition", "2024年6月30日")
				.with(user(system))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/console/imports/*"))
			.andReturn();
		String job = started.getResponse().getRedirectedUrl();

		String status = awaitFinished(job + "/status", system);
		assertThat(status).contains("失败", "streets.csv，第 3 行", "科学计数法");
		assertThat(this.units.find("110102")).isPresent();
	}

	@Test
	void consolePagesRenderForTheirRoles() throws Exception {
		AccountPrincipal district = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal system = this.accounts.create("11", Role.SYSTEM_ADMIN);

		this.mvc.perform(get("/console").with(user(district))).andExpect(content().string(containsString("东城区")));
		this.mvc.perform(get("/console/units/110101001").with(user(district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\"")))
			.andExpect(content().string(containsString("多福巷社区")));
		this.mvc.perform(get("/console/buildings").with(user(district))).andExpect(status().isOk());
		this.mvc.perform(get("/console/social").with(user(district))).andExpect(status().isOk());
		this.mvc.perform(get("/console/accounts").with(user(system)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审计管理员")));
		this.mvc.perform(get("/console/imports").with(user(system))).andExpect(status().isOk());
	}

	@Test
	void buildingAndSocialOrganisationFormsSaveAndShowErrors() throws Exception {
		AccountPrincipal district = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc
			.perform(post("/console/buildings").with(user(district))
				.with(csrf())
				.param("unitCode", "110101001001")
				.param("name", "<b>东方广场</b>")
				.param("hasStation", "true")
				.param("stationOpened", "2012/5/30"))
			.andExpect(flash().attribute("notice", containsString("已保存")));
		this.mvc.perform(get("/console/buildings").with(user(district)))
			.andExpect(content().string(containsString("&lt;b&gt;东方广场&lt;/b&gt;")));
		this.mvc
			.perform(post("/console/social").with(user(district))
				.with(csrf())
				.param("unitCode", "110101")
				.param("name", "某协会")
				.param("category", "SOCIAL_GROUP")
				.param("creditCode", "91110000600037341N"))
			.andExpect(flash().attribute("error", containsString("应为“L”")));
	}

	@Test
	void importPageIsForTheSystemAdministratorOnly() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);

		this.mvc.perform(get("/console/imports").with(user(city))).andExpect(status().isForbidden());
	}

	private String awaitFinished(String url, AccountPrincipal principal) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			String body = this.mvc.perform(get(url).with(user(principal)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!body.contains("hx-trigger")) {
				return body;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Import did not finish in time");
	}

	private static MockMultipartFile csv(String name, String text) {
		return new MockMultipartFile("files", name, "text/csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
