package org.shejian.sites;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coverage and health through the API, the console page and the workbook: figures, the
 * charts' data without inline script, the Chinese file name, and scope refusals.
 */
@Transactional
class SiteHealthWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Sites sites;

	AccountPrincipal district;

	AccountPrincipal other;

	@BeforeEach
	void sites() {
		this.district = this.accounts.create(SiteFixtures.DONGCHENG, Role.DISTRICT_ADMIN);
		this.other = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		SiteFixtures.liveSite(this.sites, this.district, SiteFixtures.COMMUNITY_A);
		SiteFixtures.liveSite(this.sites, this.district, SiteFixtures.COMMUNITY_B);
	}

	@Test
	void answersCoverageAndHealthAsJsonWithinTheScope() throws Exception {
		this.mvc.perform(get("/api/v1/sites/coverage").param("unit", SiteFixtures.DONGCHENG).with(user(this.district)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit").value(SiteFixtures.DONGCHENG))
			.andExpect(jsonPath("$.total.liveCommunities").value(2))
			.andExpect(jsonPath("$.lines[0].code").value(SiteFixtures.STREET_OF_A))
			.andExpect(jsonPath("$.lines[0].liveCommunities").value(1));
		this.mvc.perform(get("/api/v1/sites/110101001001/health").with(user(this.district)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(60))
			.andExpect(jsonPath("$.emptyColumns").value(8));

		this.mvc.perform(get("/api/v1/sites/coverage").param("unit", SiteFixtures.DONGCHENG).with(user(this.other)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/sites/coverage").param("unit", "11").with(user(this.district)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/sites/110101001001/health").with(user(this.other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/sites/110101001001/health/check").with(user(this.other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/sites/coverage").param("unit", SiteFixtures.DONGCHENG))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theConsolePageCarriesTheChartDataInAnAttributeAndATableBesideIt() throws Exception {
		this.mvc.perform(get("/console/sites/coverage").with(user(this.district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-coverage=")))
			.andExpect(content().string(containsString("/js/site-charts.js")))
			.andExpect(content().string(containsString("echarts.min.js")))
			.andExpect(content().string(containsString("<table class=\"rows\">")))
			.andExpect(content().string(not(containsString("<script>"))));
		this.mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/js/site-charts.js")).andExpect(status().isOk());
		this.mvc.perform(get("/console/sites/coverage").param("unit", "110102").with(user(this.district)))
			.andExpect(status().isForbidden());
	}

	@Test
	void checkNowIsAnActionOnTheSiteHealthPage() throws Exception {
		long id = this.sites.sites(this.district, 0).get(0).id();

		this.mvc.perform(get("/console/sites/" + id + "/health").with(user(this.district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/health/check")));
		this.mvc.perform(post("/console/sites/" + id + "/health/check").with(user(this.district)).with(csrf()))
			.andExpect(redirectedUrl("/console/sites/" + id + "/health"));
	}

	@Test
	void exportsAWorkbookWithChineseSheetsAndFileName() throws Exception {
		MvcResult result = this.mvc
			.perform(
					get("/console/sites/coverage.xlsx").param("unit", SiteFixtures.DONGCHENG).with(user(this.district)))
			.andExpect(status().isOk())
			.andReturn();

		String disposition = result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''");
		assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
			.isEqualTo("网站群覆盖与健康-东城区-110101.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet coverage = workbook.getSheet("覆盖情况");
			assertThat(coverage.getRow(0).getCell(2).getStringCellValue()).isEqualTo("社区");
			Row street = coverage.getRow(1);
			assertThat(street.getCell(0).getStringCellValue()).isEqualTo(SiteFixtures.STREET_OF_A);
			assertThat(street.getCell(3).getNumericCellValue()).isEqualTo(1);
			Row total = coverage.getRow(coverage.getLastRowNum());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(2);
			Sheet health = workbook.getSheet("网站健康");
			assertThat(health.getLastRowNum()).isEqualTo(2);
			assertThat(health.getRow(1).getCell(0).getStringCellValue()).isEqualTo(SiteFixtures.COMMUNITY_A);
			assertThat(health.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(60);
		}
		this.mvc.perform(get("/api/v1/sites/coverage.xlsx").param("unit", "110102").with(user(this.district)))
			.andExpect(status().isForbidden());
	}

}
