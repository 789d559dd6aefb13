package org.shejian.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.CatalogueFixtures;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ShareType;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data-exchange page: the resources a user maintains with their upload forms, an
 * upload that runs in the background with its progress, and refusals shown on the page.
 */
@Tag("database")
class ExchangeConsoleWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Catalogue catalogue;

	@Test
	void showsTheResourcesAUserMaintainsAndRunsAnUploadWithItsProgress() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = this.catalogue.define(dongcheng, null,
				CatalogueFixtures.population("页面导入<script>alert(1)</script>", ShareType.UNCONDITIONAL));
		this.mvc.perform(get("/console/exchange").with(user(dongcheng)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面导入&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("/template.xlsx")));
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		this.mvc.perform(get("/console/exchange").with(user(xicheng)))
			.andExpect(content().string(not(containsString(resource.identifier() + "</small>"))));

		MockMultipartFile file = new MockMultipartFile("file", "人口.csv", "text/csv",
				"单位代码,年度,常住人口\n110101001001,2023,5120\n".getBytes(StandardCharsets.UTF_8));
		String location = this.mvc
			.perform(multipart("/console/exchange/imports").file(file)
				.param("resource", resource.identifier())
				.param("mode", "ALL_OR_NOTHING")
				.with(user(dongcheng))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/console/exchange/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		for (int i = 0; i < 100; i++) {
			String page = this.mvc.perform(get(location + "/status").with(user(dongcheng)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (page.contains("已导入")) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the import did not finish");
	}

	@Test
	void anUploadIntoAResourceOfAnotherDistrictIsRefusedOnThePage() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		Resource resource = this.catalogue.define(dongcheng, null,
				CatalogueFixtures.population("别区的资源", ShareType.UNCONDITIONAL));
		MockMultipartFile file = new MockMultipartFile("file", "x.csv", "text/csv",
				"单位代码,年度\n110101001001,2023\n".getBytes(StandardCharsets.UTF_8));
		this.mvc
			.perform(multipart("/console/exchange/imports").file(file)
				.param("resource", resource.identifier())
				.param("mode", "VALID_ROWS")
				.with(user(xicheng))
				.with(csrf()))
			.andExpect(redirectedUrl("/console/exchange"))
			.andExpect(flash().attribute("error", containsString(resource.identifier())));
	}

}
