package org.shejian.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.CatalogueFixtures;
import org.shejian.catalogue.Grant;
import org.shejian.catalogue.Grants;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ShareType;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calls with an access key are counted per key: past the limit a key is answered 429 with
 * the wait, other keys go on, and every refused call is logged.
 */
@TestPropertySource(properties = "shejian.catalogue.calls-per-minute=3")
class ApiKeyRateLimitWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Grants grants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachKeyHasItsOwnAllowanceOfCallsAMinute() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		AccountPrincipal chaoyang = this.accounts.create("110105", Role.DISTRICT_ADMIN);
		Resource defined = this.catalogue.define(dongcheng, null,
				CatalogueFixtures.population("限流测试人口", ShareType.CONDITIONAL));
		Resource submitted = this.catalogue.submit(dongcheng, defined.identifier(), defined.version());
		Resource published = this.catalogue.approve(city, submitted.identifier(), submitted.version());
		Grant first = this.grants.apply(xicheng, published.identifier(), "西城区民政局", "比较两区人口结构");
		Grant second = this.grants.apply(chaoyang, published.identifier(), "朝阳区民政局", "比较两区人口结构");
		String one = this.grants.approve(dongcheng, first.id(), LocalDate.now().plusDays(30), "同意", first.version())
			.key();
		String other = this.grants.approve(dongcheng, second.id(), LocalDate.now().plusDays(30), "同意", second.version())
			.key();
		String rows = "/api/v1/data/" + published.identifier() + "/rows";

		for (int call = 0; call < 3; call++) {
			this.mvc.perform(get(rows).header("X-Api-Key", one)).andExpect(status().isOk());
		}
		this.mvc.perform(get(rows).header("X-Api-Key", one))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:catalogue.apiKey.rateLimited"))
			.andExpect(jsonPath("$.detail", containsString("3")));
		for (String key : List.of(other, other, other)) {
			this.mvc.perform(get(rows).header("X-Api-Key", key)).andExpect(status().isOk());
		}
		this.mvc.perform(get(rows).header("X-Api-Key", other)).andExpect(status().isTooManyRequests());

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM cat_api_call WHERE grant_id = ? AND status = 429")
			.param(first.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
