package org.shejian.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.CatalogueFixtures;
import org.shejian.catalogue.DcatPublishing;
import org.shejian.catalogue.Grant;
import org.shejian.catalogue.Grants;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ResourceTables;
import org.shejian.catalogue.ResourceTables.LoadRow;
import org.shejian.catalogue.ShareType;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue and the read API from outside: the platform's own resources, paging with
 * a stable cursor, filters and field choice, every refusal of bad parameters, access by
 * account and by key, the DCAT-AP export.
 */
@Tag("database")
class CatalogueApiWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Grants grants;

	@Autowired
	ResourceTables tables;

	@Autowired
	DcatPublishing dcat;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theRegistryIsPublishedAsResourcesAndTheUnitsResourceIsOpen() throws Exception {
		this.mvc.perform(get("/api/v1/catalogue/resources"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem("区、街道和社区组织单元")))
			.andExpect(jsonPath("$[*].name", hasItem("社会组织")));
		String units = units();
		this.mvc.perform(get("/api/v1/data/" + units + "/rows").param("unit_code", "110101001001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(1)))
			.andExpect(jsonPath("$.rows[0].name").value("多福巷社区居委会"))
			.andExpect(jsonPath("$.rows[0].parent_code").value("110101001"))
			.andExpect(jsonPath("$.next").doesNotExist());
	}

	@Test
	void pagesWithAStableCursorAndEndsExactlyWhenTheTotalIsAMultipleOfThePageSize() throws Exception {
		String units = units();
		long total = this.jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE parent_id = 110101001000 AND valid_to IS NULL")
			.query(Long.class)
			.single();
		assertThat(total).isGreaterThan(3);
		List<String> seen = pageThrough(units, "110101001", (int) total);
		assertThat(seen).hasSize((int) total);
		for (int size : new int[] { 1, 2, 3, (int) total - 1, (int) total + 1 }) {
			List<String> again = pageThrough(units, "110101001", size);
			assertThat(again).as("page size " + size).containsExactlyElementsOf(seen);
		}
		assertThat(new HashSet<>(seen)).hasSize(seen.size());
		assertThat(seen).isSorted();
	}

	private List<String> pageThrough(String units, String parent, int size) throws Exception {
		List<String> codes = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			var request = get("/api/v1/data/" + units + "/rows").param("parent_code", parent)
				.param("fields", "unit_code")
				.param("limit", String.valueOf(size));
			if (cursor != null) {
				request.param("cursor", cursor);
			}
			MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
			String body = result.getResponse().getContentAsString();
			List<String> page = JsonPath.read(body, "$.rows[*].unit_code");
			List<Map<String, Object>> rows = JsonPath.read(body, "$.rows");
			rows.forEach((row) -> assertThat(row).containsOnlyKeys("unit_code"));
			assertThat(page).as("no empty page").isNotEmpty();
			codes.addAll(page);
			cursor = JsonPath.read(body, "$.next");
			pages++;
		}
		while (cursor != null && pages < 100);
		return codes;
	}

	@Test
	void sortsByAnItemInEitherDirectionAcrossPages() throws Exception {
		String units = units();
		List<String> names = new ArrayList<>();
		String cursor = null;
		do {
			var request = get("/api/v1/data/" + units + "/rows").param("parent_code", "110101001")
				.param("sort", "-name")
				.param("limit", "4");
			if (cursor != null) {
				request.param("cursor", cursor);
			}
			String body = this.mvc.perform(request).andReturn().getResponse().getContentAsString();
			names.addAll(JsonPath.read(body, "$.rows[*].name"));
			cursor = JsonPath.read(body, "$.next");
		}
		while (cursor != null);
		List<String> sorted = this.jdbc.sql(
				"SELECT name FROM org_unit WHERE parent_id = 110101001000 AND valid_to IS NULL ORDER BY name DESC, code")
			.query(String.class)
			.list();
		assertThat(names).containsExactlyElementsOf(sorted);
	}

	@Test
	void refusesBadParametersWithASpecificMessage() throws Exception {
		String rows = "/api/v1/data/" + units() + "/rows";
		expectProblem(get(rows).param("sort", "name; DROP TABLE org_unit"), "排序字段");
		expectProblem(get(rows).param("sort", "name desc"), "排序字段");
		expectProblem(get(rows).param("sort", "nosuch"), "nosuch");
		expectProblem(get(rows).param("fields", "unit_code,1=1"), "筛选条件");
		expectProblem(get(rows).param("name' OR '1'='1", "x"), "筛选条件");
		expectProblem(get(rows).param("cursor", "not-a-cursor!"), "游标");
		expectProblem(get(rows).param("cursor", "aw"), "游标");
		String notADate = Base64.getUrlEncoder()
			.encodeToString("s|v2012-02-30\u0000x".getBytes(StandardCharsets.UTF_8));
		expectProblem(get(rows).param("sort", "valid_from").param("cursor", notADate), "游标");
		expectProblem(get(rows).param("cursor", Base64.getUrlEncoder().encodeToString(new byte[6000])), "游标");
		expectProblem(get(rows).param("limit", "-1"), "每页条数");
		expectProblem(get(rows).param("limit", "99999999999"), "每页条数");
		expectProblem(get(rows).param("sort", "1 OR 1=1"), "排序字段");
		expectProblem(get(rows).param("fields", "nosuch"), "nosuch");
		expectProblem(get(rows).param("apiKey", "sk-secret"), "X-Api-Key");
		expectProblem(get(rows).param("limit", "0"), "每页条数");
		expectProblem(get(rows).param("limit", "1001"), "每页条数");
		expectProblem(get(rows).param("limit", "ten"), "每页条数");
		expectProblem(get(rows).param("valid_from", "2012/2/30"), "2012/2/30");
		expectProblem(get(rows).param("kind", "PLANET"), "PLANET");
		expectProblem(get(rows).param("kind", "COMMUNITY").param("kind", "VILLAGE"), "kind");
		this.mvc.perform(get(rows).param("sort", "nosuch").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("There is no item \"nosuch\"")));
		this.mvc.perform(get("/api/v1/data/11/999999/rows")).andExpect(status().isNotFound());
	}

	private void expectProblem(org.springframework.test.web.servlet.RequestBuilder request, String text)
			throws Exception {
		this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString(text)));
	}

	@Test
	void aResourceNotOpenNeedsAnAccountAndShowsOnlyItsScope() throws Exception {
		String buildings = identifier("商务楼宇和工作站");
		this.mvc.perform(get("/api/v1/data/" + buildings + "/rows")).andExpect(status().isUnauthorized());
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		this.mvc.perform(get("/api/v1/data/" + buildings + "/rows").with(user(dongcheng))).andExpect(status().isOk());
	}

	@Test
	void aConditionalResourceIsReadWithAGrantedKeyOnlyAndOnlyUntilItExpires() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		Resource defined = this.catalogue.define(dongcheng, null,
				CatalogueFixtures.population("东城区人口授权测试", ShareType.CONDITIONAL));
		Resource submitted = this.catalogue.submit(dongcheng, defined.identifier(), defined.version());
		Resource published = this.catalogue.approve(city, submitted.identifier(), submitted.version());
		this.transactions.executeWithoutResult((status) -> this.tables.load(published, 1,
				List.of(new LoadRow("110101001001|2023", 110101001001L, 2,
						new Object[] { "110101001001", 2023L, 5120L, 2011L, null }),
						new LoadRow("110101001002|2023", 110101001002L, 3,
								new Object[] { "110101001002", 2023L, 3990L, 1620L, null })),
				true));
		String rows = "/api/v1/data/" + published.identifier() + "/rows";

		this.mvc.perform(get(rows)).andExpect(status().isUnauthorized());
		this.mvc.perform(get(rows).with(user(xicheng)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("访问授权")));
		this.mvc.perform(get(rows).with(user(dongcheng))).andExpect(jsonPath("$.rows", hasSize(2)));

		Grant applied = this.grants.apply(xicheng, published.identifier(), "西城区民政局", "比较两区人口结构");
		Grant.Issued issued = this.grants.approve(dongcheng, applied.id(), LocalDate.now().plusDays(30), "同意",
				applied.version());
		this.mvc.perform(get(rows).header("X-Api-Key", issued.key()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.rows[0].resident").value(5120));
		this.mvc.perform(get("/api/v1/data/" + identifier("商务楼宇和工作站") + "/rows").header("X-Api-Key", issued.key()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString(published.identifier())));
		this.mvc.perform(get(rows).header("X-Api-Key", issued.key() + "x")).andExpect(status().isUnauthorized());
		// An open resource is open to anyone, whatever key a client sends along.
		List<String> open = JsonPath.read(
				this.mvc.perform(get("/api/v1/catalogue/resources")).andReturn().getResponse().getContentAsString(),
				"$[?(@.open == true)].identifier");
		assertThat(open).isNotEmpty();
		this.mvc.perform(get("/api/v1/data/" + open.get(0) + "/rows").header("X-Api-Key", issued.key()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/data/" + open.get(0) + "/rows").header("X-Api-Key", "sjk_unknown"))
			.andExpect(status().isOk());

		this.jdbc.sql("UPDATE cat_grant SET expires_at = ? WHERE id = ?")
			.params(java.sql.Timestamp.valueOf("2020-01-01 00:00:00"), applied.id())
			.update();
		this.mvc.perform(get(rows).header("X-Api-Key", issued.key()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail", containsString("过期")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM cat_api_call WHERE grant_id = ?")
			.param(applied.id())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aPublishedResourceThatIsNotSharedHasNoApiForAnyoneAndTakesNoGrant() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		Resource published = publishWithRows(dongcheng, city,
				CatalogueFixtures.population("东城区不共享人口", ShareType.NOT_SHARED));
		String base = "/api/v1/data/" + published.identifier();

		for (AccountPrincipal caller : List.of(dongcheng, city, xicheng)) {
			this.mvc.perform(get(base + "/rows").with(user(caller)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.type").value("urn:shejian:problem:catalogue.api.none"));
		}
		this.mvc.perform(get(base + "/rows")).andExpect(status().isNotFound());
		this.mvc.perform(get(base + "/openapi.json").with(user(dongcheng))).andExpect(status().isNotFound());
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.grants.apply(xicheng, published.identifier(), "西城区民政局", "比较"))
			.extracting(Problem::messageKey)
			.isEqualTo("catalogue.grant.notShared");
		this.mvc.perform(get("/api/v1/catalogue/resources").param("q", "东城区不共享人口"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].shareType").value("NOT_SHARED"));
	}

	@Test
	void rangeFiltersOnItemsSelectTheRowsBetweenTheirBoundsInclusive() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		Resource published = publishWithRows(dongcheng, city,
				CatalogueFixtures.population("东城区分年度人口", ShareType.UNCONDITIONAL));
		String rows = "/api/v1/data/" + published.identifier() + "/rows";

		this.mvc.perform(get(rows).param("year.from", "2021").param("year.to", "2022").with(user(dongcheng)))
			.andExpect(jsonPath("$.rows[*].year", org.hamcrest.Matchers.contains(2021, 2022)));
		this.mvc.perform(get(rows).param("year.from", "2022").with(user(dongcheng)))
			.andExpect(jsonPath("$.rows[*].year", org.hamcrest.Matchers.contains(2022, 2023)));
		this.mvc.perform(get(rows).param("resident.to", "4000").with(user(dongcheng)))
			.andExpect(jsonPath("$.rows[*].resident", org.hamcrest.Matchers.contains(3990)));
		this.mvc.perform(get(rows).param("year.from", "2024").with(user(dongcheng)))
			.andExpect(jsonPath("$.rows", hasSize(0)))
			.andExpect(jsonPath("$.next").doesNotExist());
		this.mvc.perform(get(rows).param("year.from", "二〇二一").with(user(dongcheng))).andExpect(status().isBadRequest());
	}

	/** Defines, publishes and fills a population resource: three years, three units. */
	private Resource publishWithRows(AccountPrincipal provider, AccountPrincipal city,
			org.shejian.catalogue.ResourceForm form) {
		Resource defined = this.catalogue.define(provider, null, form);
		Resource submitted = this.catalogue.submit(provider, defined.identifier(), defined.version());
		Resource published = this.catalogue.approve(city, submitted.identifier(), submitted.version());
		this.transactions.executeWithoutResult((status) -> this.tables.load(published, 1,
				List.of(new LoadRow("110101001001|2021", 110101001001L, 2,
						new Object[] { "110101001001", 2021L, 5000L, 2000L, null }),
						new LoadRow("110101001001|2022", 110101001001L, 3,
								new Object[] { "110101001001", 2022L, 5100L, 2010L, null }),
						new LoadRow("110101001002|2023", 110101001002L, 4,
								new Object[] { "110101001002", 2023L, 3990L, 1620L, null })),
				false));
		return published;
	}

	@Test
	void describesEachSharedResourceInOpenApi() throws Exception {
		String units = units();
		this.mvc.perform(get("/api/v1/data/" + units + "/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value("3.0.3"))
			.andExpect(jsonPath("$.paths['/api/v1/data/" + units + "/rows'].get.parameters[*].name",
					hasItem("valid_from.from")))
			.andExpect(jsonPath("$.components.schemas.Row.properties.valid_from.format").value("date"));
	}

	@Test
	void thePublishedCatalogueConformsToDcatAp() throws Exception {
		String turtle = this.mvc.perform(get("/api/v1/catalogue/dcat"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Model model = ModelFactory.createDefaultModel().read(new StringReader(turtle), null, "TURTLE");
		assertThat(model.size()).isGreaterThan(50);
		assertThat(this.dcat.validate().violations()).isEmpty();
		assertThat(this.dcat.validate().conforms()).isTrue();
		this.mvc.perform(get("/api/v1/catalogue/dcat").param("format", "jsonld"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$['@context']").exists());
	}

	private String units() throws Exception {
		return identifier("区、街道和社区组织单元");
	}

	private String identifier(String name) throws Exception {
		String body = this.mvc.perform(get("/api/v1/catalogue/resources").param("q", name))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> identifiers = JsonPath.read(body, "$[?(@.name == '" + name + "')].identifier");
		assertThat(identifiers).hasSize(1);
		return identifiers.get(0);
	}

}
