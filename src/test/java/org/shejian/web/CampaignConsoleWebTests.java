package org.shejian.web;

import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.map.Campaign;
import org.shejian.map.Campaigns;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Collection campaigns in the console: the city opens one from the form, follows it by
 * district, a community sees its own task, and outsiders see nothing.
 */
@Transactional
class CampaignConsoleWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Campaigns campaigns;

	@Test
	void theCityOpensACampaignAndACommunitySeesItsTask() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		String deadline = this.campaigns.today().plusDays(14).toString();

		this.mvc
			.perform(post("/console/campaigns").with(user(city))
				.with(csrf())
				.param("title", "<b>服务事项</b>采集")
				.param("scopeUnitCode", "110101")
				.param("streets", "true")
				.param("communities", "true")
				.param("deadline", deadline))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/console/campaigns/*"))
			.andExpect(flash().attribute("notice", containsString("服务事项")));
		Campaign opened = this.campaigns.campaigns(city).get(0);

		this.mvc.perform(get("/console/campaigns/" + opened.id()).with(user(city)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("东城区")))
			.andExpect(content().string(containsString("&lt;b&gt;服务事项&lt;/b&gt;采集")))
			.andExpect(content().string(not(containsString("<b>服务事项</b>"))));
		this.mvc.perform(get("/console/campaigns").with(user(community)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本单位的任务")))
			.andExpect(content().string(containsString(deadline)));
		this.mvc
			.perform(post("/console/campaigns/" + opened.id() + "/submit").with(user(community))
				.with(csrf())
				.param("version", "0"))
			.andExpect(flash().attribute("error", containsString("还没有已上报或已发布的服务事项")));
	}

	@Test
	void anotherDistrictNeitherSeesNorRemindsAndOnlyTheCityOpens() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		Campaign opened = this.campaigns.open(city, new Campaigns.CampaignForm("采集", null, "110101", true, false,
				this.campaigns.today().plusDays(7).toString()));

		this.mvc.perform(get("/console/campaigns/" + opened.id()).with(user(xicheng))).andExpect(status().isNotFound());
		this.mvc.perform(post("/console/campaigns/" + opened.id() + "/remind").with(user(xicheng)).with(csrf()))
			.andExpect(flash().attribute("error", containsString("不存在")));
		this.mvc
			.perform(post("/console/campaigns").with(user(xicheng))
				.with(csrf())
				.param("title", "西城区采集")
				.param("streets", "true")
				.param("deadline", this.campaigns.today().plusDays(7).toString()))
			.andExpect(flash().attribute("error", containsString("只有市级管理员")));
		assertThat(this.campaigns.campaigns(xicheng)).isEmpty();
	}

}
