package org.shejian.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.shejian.web.JsonRequests.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API: public reads of the tree, scoped writes, and every refusal as an RFC 9457
 * problem in the caller's language.
 */
@Transactional
class ApiWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void readsAUnitByEitherFormOfItsCode() throws Exception {
		this.mvc.perform(get("/api/v1/units/110101001001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.shortName").value("多福巷社区"))
			.andExpect(jsonPath("$.kind").value("COMMUNITY"))
			.andExpect(jsonPath("$.parentCode").value("110101001"));
		this.mvc.perform(get("/api/v1/units/110101000000")).andExpect(jsonPath("$.code").value("110101"));
	}

	@Test
	void listsChildrenAncestorsAndStats() throws Exception {
		this.mvc.perform(get("/api/v1/units/11/children?page=0&size=20"))
			.andExpect(jsonPath("$.items", hasSize(16)))
			.andExpect(jsonPath("$.total").value(16));
		this.mvc.perform(get("/api/v1/units/110101001001/ancestors"))
			.andExpect(jsonPath("$[*].code", org.hamcrest.Matchers.contains("11", "110101", "110101001")));
		this.mvc.perform(get("/api/v1/units/11/stats"))
			.andExpect(jsonPath("$.counts[?(@.level == 'VILLAGE')].count",
					hasItem(org.hamcrest.Matchers.greaterThan(3000))));
	}

	@Test
	void searchesByNameAndLevel() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("q", "多福巷").param("level", "VILLAGE"))
			.andExpect(jsonPath("$.items[0].code").value("110101001001"));
	}

	@Test
	void unknownOrInjectedSortFieldIsAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("q", "东").param("sort", "name desc; --"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:sort.unknown"))
			.andExpect(jsonPath("$.detail").value(containsString("code, name, shortName, level")));
	}

	@Test
	void problemsSpeakTheCallersLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/units/999999"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("没有代码为 999999 的单位。"));
		this.mvc.perform(get("/api/v1/units/999999").param("lang", "en"))
			.andExpect(jsonPath("$.detail").value("No unit has the code 999999."));
	}

	@Test
	void malformedCodesAndPagingAreProblems() throws Exception {
		this.mvc.perform(get("/api/v1/units/1.1E+11"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:code.scientific"));
		this.mvc.perform(get("/api/v1/units/11/children").param("size", "100000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:paging.size"));
		this.mvc.perform(get("/api/v1/units/11/children").param("page", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:request.parameter"));
	}

	@Test
	void writesNeedASignedInUser() throws Exception {
		this.mvc.perform(put("/api/v1/units/110101").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:auth.required"));
	}

	@Test
	void writesWithoutCsrfTokenAreRefused() throws Exception {
		AccountPrincipal admin = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc
			.perform(put("/api/v1/units/110101").with(user(admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"东城区\",\"version\":0}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:auth.csrf"));
	}

	@Test
	void staleVersionIsAConflict() throws Exception {
		AccountPrincipal admin = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc.perform(json(put("/api/v1/units/110101001"), admin, "{\"name\":\"东华门街道\",\"version\":7}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:unit.stale"));
	}

	@Test
	void malformedJsonIsAProblemNotAStackTrace() throws Exception {
		AccountPrincipal admin = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc.perform(json(put("/api/v1/units/110101001"), admin, "{\"name\": \"东华门街道\", \"version\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:request.malformed"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("Exception"))));
	}

	@Test
	void oversizedJsonIsRefused() throws Exception {
		AccountPrincipal admin = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		String huge = "{\"name\":\"" + "东".repeat(200_000) + "\",\"version\":0}";

		this.mvc.perform(json(put("/api/v1/units/110101001"), admin, huge))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:request.tooLarge"));
	}

	@Test
	void districtAdministratorCannotReachAnotherDistrictThroughTheApi() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc.perform(json(put("/api/v1/units/110102001"), dongcheng, "{\"name\":\"西长安街街道\",\"version\":0}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:scope.outside"));
		this.mvc.perform(get("/api/v1/buildings").param("unit", "110102").with(user(dongcheng)))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post("/api/v1/buildings"), dongcheng, "{\"unitCode\":\"110102001004\",\"name\":\"越界楼\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(post("/api/v1/buildings/bulk"), dongcheng,
					"[{\"unitCode\":\"110101001001\",\"name\":\"本区楼\"},"
							+ "{\"unitCode\":\"110102001004\",\"name\":\"越界楼\"}]"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/buildings").param("unit", "110101").with(user(dongcheng)))
			.andExpect(jsonPath("$[?(@.name == '本区楼')]").isEmpty());
	}

	@Test
	void movingAUnitOutOfScopeThroughTheBodyIsRefused() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc.perform(json(post("/api/v1/units/110101001/move"), dongcheng, "{\"parent\":\"110102\",\"version\":0}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:scope.outside"));
	}

	@Test
	void servesAnOpenApiDescription() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
			.andExpect(jsonPath("$.paths['/api/v1/units/{code}/children']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.key.name").value("X-Api-Key"))
			.andExpect(jsonPath("$.components.securitySchemes.session.in").value("cookie"))
			.andExpect(jsonPath("$.paths['/api/v1/data/{provider}/{sequence}/rows'].get.parameters[*].name",
					not(hasItem("parameters"))))
			.andExpect(jsonPath("$.paths['/api/v1/data/{provider}/{sequence}/rows'].get.parameters[*].name",
					hasItem("cursor")));
	}

	@Test
	void theOpenApiDescriptionNamesEveryAreaOfTheApi() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		String description = JsonPath.read(document, "$.info.description");
		Map<String, Object> paths = JsonPath.read(document, "$.paths");
		Set<String> areas = new TreeSet<>();
		for (String path : paths.keySet()) {
			String area = path.replaceFirst("^/api/v1/([^/]+).*$", "$1");
			if (!area.equals("csrf") && !description.contains("/" + area)) {
				areas.add(area);
			}
		}
		assertThat(areas).as("API areas the description does not name").isEmpty();
		assertThat(paths).hasSizeGreaterThan(50);
	}

	@Test
	void healthIsPublicAndMetricsAreNot() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		AccountPrincipal system = this.accounts.create("11", Role.SYSTEM_ADMIN);
		this.mvc.perform(get("/actuator/prometheus").with(user(system)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void securityHeadersAreSet() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

}
