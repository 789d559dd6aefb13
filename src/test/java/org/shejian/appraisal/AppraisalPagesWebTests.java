package org.shejian.appraisal;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages without sign-in (number, code, cookie, ballot, results), the JSON flow
 * with a bearer token, and the console of city administrators.
 */
@Tag("database")
class AppraisalPagesWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	AppraisalFixtures fixtures;

	@Autowired
	TestSmsGateway sms;

	@Autowired
	AppraisalCampaigns campaigns;

	@Autowired
	TestAccounts accounts;

	@Test
	void aResidentVerifiesANumberAndRatesASiteOnThePages() throws Exception {
		Campaign campaign = this.fixtures.open(SiteCategory.BUILDING, 3, 1);
		String page = "/appraisal/" + campaign.id();
		this.mvc.perform(get("/appraisal"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(campaign.title())));
		this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("国贸楼宇工作站")))
			.andExpect(content().string(containsString("type=\"radio\"")))
			.andExpect(content().string(containsString("/appraisal/verify?back=")));

		this.mvc.perform(post(page + "/ballots").with(csrf()).param("siteId", "9101").param("rating", "5"))
			.andExpect(redirectedUrl("/appraisal/verify?back=" + page));

		String phone = AppraisalFixtures.phone();
		this.mvc.perform(post("/appraisal/verify").with(csrf()).param("phone", phone).param("back", page).with((r) -> {
			r.setRemoteAddr(AppraisalFixtures.address());
			return r;
		})).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"code\"")));
		this.mvc
			.perform(post("/appraisal/verify/code").with(csrf())
				.param("phone", phone)
				.param("code", "99999x")
				.param("back", page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("验证码不正确")));
		MockHttpServletResponse verified = this.mvc
			.perform(post("/appraisal/verify/code").with(csrf())
				.param("phone", phone)
				.param("code", this.sms.lastCode(phone))
				.param("back", page))
			.andExpect(redirectedUrl(page))
			.andReturn()
			.getResponse();
		String setCookie = verified.getHeader("Set-Cookie");
		assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/appraisal");
		Cookie cookie = new Cookie("shejian-voter", verified.getCookie("shejian-voter").getValue());

		this.mvc
			.perform(post(page + "/ballots").with(csrf())
				.cookie(cookie)
				.param("siteId", "9101")
				.param("rating", "4")
				.param("comment", "<script>alert('x')</script>"))
			.andExpect(redirectedUrl(page + "#site-9101"))
			.andExpect(flash().attribute("notice", containsString("评分已提交")));
		this.mvc.perform(get(page).cookie(cookie)).andExpect(content().string(containsString("已验证")));
		this.mvc.perform(get(page + "/results"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("投票截止")))
			.andExpect(content().string(not(containsString("4.00"))));
		AccountPrincipal admin = this.accounts.create("11", Role.CITY_ADMIN);
		this.campaigns.finalise(admin, campaign.id());
		this.mvc.perform(get(page + "/results").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("95% interval")))
			.andExpect(content().string(containsString("4.00")))
			.andExpect(content().string(containsString("Plaque awarded")));

		this.mvc.perform(get("/console/appraisal/{id}/sites/9101/comments", campaign.id()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void theJsonFlowUsesABearerToken() throws Exception {
		Campaign campaign = this.fixtures.open(SiteCategory.BUILDING, 3, 1);
		String phone = AppraisalFixtures.phone();
		this.mvc
			.perform(post("/api/v1/appraisal/public/codes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"phone\":\"+86 " + phone + "\"}"))
			.andExpect(status().isAccepted());
		this.mvc
			.perform(post("/api/v1/appraisal/public/codes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"phone\":\"" + phone + "\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").exists());
		String body = this.mvc
			.perform(post("/api/v1/appraisal/public/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"phone\":\"" + phone + "\",\"code\":\"" + this.sms.lastCode(phone) + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		this.mvc
			.perform(post("/api/v1/appraisal/public/campaigns/{id}/ballots", campaign.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"siteId\":9101,\"rating\":3}"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/appraisal/public/campaigns/{id}/ballots", campaign.id())
				.header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"siteId\":9101,\"rating\":9}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/appraisal/public/campaigns/{id}/ballots", campaign.id())
				.header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"siteId\":9101,\"rating\":3}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/appraisal/public/campaigns/{id}/results", campaign.id()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").exists());
		assertThat(this.campaigns.results(campaign)).first().satisfies((result) -> {
			assertThat(result.siteId()).isEqualTo(9101);
			assertThat(result.count()).isEqualTo(1);
		});
		this.mvc.perform(get("/api/v1/appraisal/public/campaigns/{id}", campaign.id()))
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.sites[0].title").value("国贸楼宇工作站"));
	}

	@Test
	void cityAdministratorsOpenEditAndFinaliseCampaignsInTheConsole() throws Exception {
		AccountPrincipal admin = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		int year = AppraisalFixtures.year();
		this.mvc.perform(get("/console/appraisal").with(user(admin)).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"opensAt\"")));
		this.mvc.perform(get("/console/appraisal").with(user(street))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/console/appraisal").with(user(admin))
				.with(csrf())
				.param("category", "PORTAL")
				.param("year", String.valueOf(year))
				.param("title", "门户网站评议")
				.param("opensAt", "2099-05-01T09:00")
				.param("closesAt", "2099-06-01T09:00"))
			.andExpect(flash().attribute("notice", containsString("门户网站评议")));
		Campaign created = this.campaigns.all()
			.stream()
			.filter((c) -> c.year() == year && c.category() == SiteCategory.PORTAL)
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get("/console/appraisal/{id}", created.id()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2099-05-01T09:00\"")));
		this.mvc
			.perform(post("/console/appraisal/{id}", created.id()).with(user(admin))
				.with(csrf())
				.param("category", "PORTAL")
				.param("year", String.valueOf(year))
				.param("title", "门户网站评议（改）")
				.param("opensAt", "2099-05-02T09:00")
				.param("closesAt", "2099-06-01T09:00")
				.param("version", "0"))
			.andExpect(flash().attribute("notice", containsString("")));
		assertThat(this.campaigns.get(created.id()).title()).isEqualTo("门户网站评议（改）");
		this.mvc.perform(post("/console/appraisal/{id}/finalise", created.id()).with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("error", containsString("尚未开始")));
		this.mvc
			.perform(post("/api/v1/appraisal/campaigns").with(user(street))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"category\":\"PORTAL\",\"year\":2099,\"opensAt\":\"2099-05-01T09:00\","
						+ "\"closesAt\":\"2099-06-01T09:00\"}"))
			.andExpect(status().isForbidden());
	}

}
