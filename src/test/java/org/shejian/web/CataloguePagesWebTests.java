package org.shejian.web;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.CatalogueFixtures;
import org.shejian.catalogue.Grant;
import org.shejian.catalogue.Grants;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ResourceForm;
import org.shejian.catalogue.ShareType;
import org.shejian.shared.Role;
import org.shejian.standards.CodeList;
import org.shejian.standards.Standards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue and standards pages: what the public sees of published resources and the
 * registry, and the console forms that define, review and grant access to resources.
 * Resources defined here stay (H2 commits on DDL), so each has a name of its own.
 */
@Tag("database")
class CataloguePagesWebTests extends PlatformTestSupport {

	private static final String[] CORE_LABELS = { "资源名称", "发布日期", "摘要", "资源提供方", "关键词", "主题词表", "资源分类", "分类方式", "类目名称",
			"类目编码", "在线链接", "资源标识符", "服务信息", "元数据标识符", "元数据维护方", "元数据更新日期" };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Grants grants;

	@Autowired
	Standards standards;

	@Test
	void theCatalogueListsThePlatformsOwnResourcesWithDcatDownloads() throws Exception {
		this.mvc.perform(get("/catalogue"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("区、街道和社区组织单元")))
			.andExpect(content().string(containsString("商务楼宇和工作站")))
			.andExpect(content().string(containsString("社会组织")))
			.andExpect(content().string(containsString("无条件共享")))
			.andExpect(content().string(containsString("href=\"/api/v1/catalogue/dcat\"")))
			.andExpect(content().string(containsString("href=\"/api/v1/catalogue/dcat?format=jsonld\"")));
	}

	@Test
	void theCatalogueFiltersByTextCategoryAndGrouping() throws Exception {
		this.mvc.perform(get("/catalogue").param("q", "楼宇"))
			.andExpect(content().string(containsString("商务楼宇和工作站")))
			.andExpect(content().string(not(containsString("区、街道和社区组织单元"))));
		this.mvc.perform(get("/catalogue").param("category", "11"))
			.andExpect(content().string(containsString("区、街道和社区组织单元")))
			.andExpect(content().string(not(containsString("商务楼宇和工作站</a>"))));
		this.mvc.perform(get("/catalogue").param("group", "DB-SOCIAL-ORG"))
			.andExpect(content().string(containsString("社会组织</a>")))
			.andExpect(content().string(not(containsString("区、街道和社区组织单元"))));
	}

	@Test
	void aResourcePageShowsEveryCoreMetadataElementItsItemsAndItsApi() throws Exception {
		Resource units = platformResource("区、街道和社区组织单元");

		String page = this.mvc.perform(get(publicPath(units)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(CORE_LABELS);
		assertThat(page).contains(units.identifier(), units.metadataIdentifier(), "社会建设信息资源分类", "111");
		assertThat(page).contains("href=\"/standards/elements/DE00001\"", "unit_code", "向社会开放", "不定期");
		assertThat(page).contains("href=\"/api/v1/data/" + units.identifier() + "/rows\"",
				"href=\"/api/v1/data/" + units.identifier() + "/openapi.json\"");
		assertThat(page).doesNotContain("/console/grants");
	}

	@Test
	void aSignedInReaderIsOfferedToApplyForAccess() throws Exception {
		Resource buildings = platformResource("商务楼宇和工作站");
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);

		this.mvc.perform(get(publicPath(buildings)).with(user(xicheng)))
			.andExpect(content().string(containsString("href=\"/console/grants?resource=" + buildings.identifier())));
	}

	@Test
	void aDraftIsNotInTheCatalogueButItsMaintainerSeesItInTheConsole() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		String name = unique("东城区人口草稿");
		Resource draft = this.catalogue.define(dongcheng, null,
				CatalogueFixtures.population(name, ShareType.UNCONDITIONAL));

		this.mvc.perform(get("/catalogue")).andExpect(content().string(not(containsString(name))));
		this.mvc.perform(get("/catalogue").param("q", name))
			.andExpect(content().string(not(containsString(name + "</a>"))));
		this.mvc.perform(get(publicPath(draft))).andExpect(status().isNotFound());
		this.mvc.perform(get("/console/catalogue").with(user(dongcheng)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("草稿")));
		this.mvc.perform(get(consolePath(draft)).with(user(dongcheng)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\"")))
			.andExpect(content().string(containsString("value=\"households\"")));
		this.mvc.perform(get("/console/catalogue").with(user(xicheng)))
			.andExpect(content().string(not(containsString(name))));
		this.mvc.perform(get(consolePath(draft)).with(user(xicheng))).andExpect(status().isNotFound());
	}

	@Test
	void aResourceIsDefinedSubmittedAndApprovedThroughTheConsoleForms() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		String name = unique("东城区社区人口");

		MvcResult defined = this.mvc.perform(resourceForm(post("/console/catalogue"), name).with(user(dongcheng)))
			.andExpect(redirectedUrlPattern("/console/catalogue/110101/*"))
			.andExpect(flash().attribute("notice", containsString("已保存为草稿")))
			.andReturn();
		String path = defined.getResponse().getRedirectedUrl();
		String identifier = path.substring("/console/catalogue/".length());
		Resource draft = this.catalogue.workingCopy(dongcheng, identifier);
		assertThat(draft.items()).extracting("name").containsExactly("unit_code", "year", "resident");
		assertThat(draft.keyItems()).containsExactly("unit_code", "year");
		assertThat(draft.groups()).containsExactly("DB-COMMUNITY");
		assertThat(draft.open()).isFalse();

		this.mvc
			.perform(post(path + "/submit").with(user(dongcheng))
				.with(csrf())
				.param("version", String.valueOf(draft.version())))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("notice", containsString("已提交审核")));
		this.mvc.perform(get(path).with(user(city)))
			.andExpect(content().string(containsString("待审核")))
			.andExpect(content().string(containsString("/approve")));
		int submitted = this.catalogue.workingCopy(city, identifier).version();
		this.mvc
			.perform(post(path + "/approve").with(user(city)).with(csrf()).param("version", String.valueOf(submitted)))
			.andExpect(flash().attribute("notice", containsString("已发布第 1 版")));

		this.mvc.perform(get("/catalogue").param("q", name)).andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/catalogue/resources/" + identifier))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("常住人口")));
	}

	@Test
	void aRejectedFormComesBackFilledInWithTheProblem() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		String name = unique("链接有误的资源");

		this.mvc
			.perform(resourceForm(post("/console/catalogue"), name).param("onlineLink", "javascript:alert(1)")
				.with(user(dongcheng)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不是有效的 http 或 https 网址")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")))
			.andExpect(content().string(containsString("value=\"resident\"")));
		assertThat(this.catalogue.workingCopies(dongcheng)).extracting(Resource::name).doesNotContain(name);
	}

	@Test
	void markupInANameOrAbstractIsShownAsText() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		String name = "<script>alert(1)</script>" + UUID.randomUUID().toString().substring(0, 8);
		ResourceForm sample = CatalogueFixtures.population(name, ShareType.UNCONDITIONAL);
		ResourceForm form = new ResourceForm(sample.name(), sample.nameEn(), "<img src=x onerror=alert(2)>摘要",
				sample.publicationDate(), sample.providerAddress(), sample.keywords(), sample.thesaurus(),
				sample.categoryCode(), sample.onlineLink(), sample.serviceUrl(), sample.serviceType(),
				sample.metadataMaintainer(), sample.shareType(), sample.shareConditions(), sample.shareMethod(),
				sample.open(), sample.updateCycle(), sample.items(), sample.keyItems(), sample.unitItem(),
				sample.related(), sample.groups());
		Resource published = publish(dongcheng, city, form);

		for (String page : new String[] { "/catalogue", publicPath(published) }) {
			this.mvc.perform(get(page))
				.andExpect(content().string(not(containsString("<script>alert(1)"))))
				.andExpect(content().string(not(containsString("<img src=x"))))
				.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
		}
		this.mvc.perform(get(publicPath(published)))
			.andExpect(content().string(containsString("&lt;img src=x onerror=alert(2)&gt;")));
		this.mvc.perform(get(consolePath(published)).with(user(dongcheng)))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void anApprovedGrantsKeyIsShownOnceAndNeverInTheList() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		Resource published = publish(dongcheng, city,
				CatalogueFixtures.population(unique("东城区人口授权"), ShareType.CONDITIONAL));

		this.mvc.perform(get("/console/grants").param("resource", published.identifier()).with(user(xicheng)))
			.andExpect(
					content().string(containsString("value=\"" + published.identifier() + "\" selected=\"selected\"")));
		this.mvc
			.perform(post("/console/grants").with(user(xicheng))
				.with(csrf())
				.param("resource", published.identifier())
				.param("partner", "西城区民政局")
				.param("purpose", "比较两区人口"))
			.andExpect(redirectedUrl("/console/grants"))
			.andExpect(flash().attribute("notice", containsString(published.identifier())));
		Grant applied = this.grants.visibleTo(xicheng)
			.stream()
			.filter((g) -> g.resourceIdentifier().equals(published.identifier()))
			.findFirst()
			.orElseThrow();
		String approve = "/console/grants/" + applied.id() + "/approve";
		this.mvc.perform(get("/console/grants").with(user(xicheng)))
			.andExpect(content().string(not(containsString(approve))));
		this.mvc.perform(get("/console/grants").with(user(dongcheng)))
			.andExpect(content().string(containsString(approve)));

		MvcResult approval = this.mvc
			.perform(post("/console/grants/" + applied.id() + "/approve").with(user(dongcheng))
				.with(csrf())
				.param("expiresOn", LocalDate.now().plusDays(30).toString())
				.param("note", "同意")
				.param("version", String.valueOf(applied.version())))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("只显示这一次")))
			.andReturn();
		assertThat(approval.getFlashMap().isEmpty()).isTrue();
		Matcher key = Pattern.compile("value=\"(sjk_[A-Za-z0-9_-]{20,})\"")
			.matcher(approval.getResponse().getContentAsString());
		assertThat(key.find()).isTrue();

		for (AccountPrincipal reader : new AccountPrincipal[] { dongcheng, xicheng }) {
			this.mvc.perform(get("/console/grants").with(user(reader)))
				.andExpect(content().string(containsString("已批准")))
				.andExpect(content().string(containsString(key.group(1).substring(0, 10) + "…")))
				.andExpect(content().string(not(containsString(key.group(1)))));
		}
		this.mvc
			.perform(post("/console/grants/" + applied.id() + "/approve").with(user(dongcheng))
				.with(csrf())
				.param("expiresOn", LocalDate.now().plusDays(30).toString())
				.param("version", String.valueOf(applied.version() + 1)))
			.andExpect(redirectedUrl("/console/grants"))
			.andExpect(flash().attribute("error", containsString("不能执行此操作")));
	}

	@Test
	void aDistrictEditorCannotChangeTheStandards() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc.perform(get("/console/standards").with(user(dongcheng))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/console/standards/elements").with(user(dongcheng))
				.with(csrf())
				.param("objectClass", "人员")
				.param("representation", "名称")
				.param("dataType", "TEXT")
				.param("format", "c..50")
				.param("definition", "不应保存"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/console/standards/code-lists").with(user(dongcheng))
				.with(csrf())
				.param("identifier", "CL-FORBIDDEN")
				.param("name", "不应保存"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/console/standards/elements/DE00001/status").with(user(dongcheng))
				.with(csrf())
				.param("status", "RETIRED")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/console/catalogue").with(user(dongcheng)))
			.andExpect(content().string(not(containsString("href=\"/console/standards\""))));
	}

	@Test
	void theCityAdministratorKeepsTheStandardsThroughTheConsole() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		String identifier = "CL-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String object = unique("测试对象");

		this.mvc.perform(get("/console/standards").with(user(city)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DE00001")));
		this.mvc
			.perform(post("/console/standards/elements").with(user(city))
				.with(csrf())
				.param("objectClass", object)
				.param("propertyTerm", "联系")
				.param("representation", "名称")
				.param("dataType", "TEXT")
				.param("format", "c..50")
				.param("rule", "NONE")
				.param("definition", "测试用"))
			.andExpect(flash().attribute("notice", containsString(object + "联系名称")));
		this.mvc
			.perform(post("/console/standards/code-lists").with(user(city))
				.with(csrf())
				.param("identifier", identifier)
				.param("name", "测试代码表"))
			.andExpect(flash().attribute("notice", containsString(identifier)));
		CodeList list = this.standards.codeList(identifier);
		this.mvc
			.perform(post("/console/standards/code-lists/" + identifier + "/values").with(user(city))
				.with(csrf())
				.param("code", "01")
				.param("name", "第一项")
				.param("version", String.valueOf(list.version())))
			.andExpect(flash().attribute("notice", containsString("01")));
		list = this.standards.codeList(identifier);
		this.mvc
			.perform(post("/console/standards/code-lists/" + identifier + "/values/01/retire").with(user(city))
				.with(csrf())
				.param("version", String.valueOf(list.version())))
			.andExpect(flash().attribute("notice", containsString("01")));

		this.mvc.perform(get("/standards/code-lists/" + identifier))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第一项")))
			.andExpect(content().string(containsString("仅第 2 版")));
	}

	@Test
	void theStandardsPagesShowElementsCodeListsAndEarlierVersions() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		var element = this.standards.define(city, new Standards.ElementForm(null, null, "测试历史", unique("历史对象"), "",
				"名称", org.shejian.standards.DataType.TEXT, "c..20", null, null, null, null, null, null));
		this.standards.setStatus(city, element.identifier(), org.shejian.standards.Status.STANDARD, element.version());

		this.mvc.perform(get("/standards"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/standards/elements/DE00001\"")))
			.andExpect(content().string(containsString("href=\"/standards/code-lists/CL-SEX\"")));
		this.mvc.perform(get("/standards/elements/DE00007"))
			.andExpect(content().string(containsString("统一社会信用代码")))
			.andExpect(content().string(containsString("an18")))
			.andExpect(content().string(containsString("对象类词")))
			.andExpect(content().string(containsString("注册机构")));
		this.mvc.perform(get("/standards/elements/" + element.identifier()))
			.andExpect(content().string(containsString("历史版本")))
			.andExpect(content().string(containsString("草案")));
		this.mvc.perform(get("/standards/code-lists/CL-SEX"))
			.andExpect(content().string(containsString("未说明的性别")))
			.andExpect(content().string(containsString("没有停用的代码")));
		this.mvc.perform(get("/standards/elements/DE99999")).andExpect(status().isNotFound());
	}

	@Test
	void thePagesSpeakEnglishOnRequest() throws Exception {
		Resource units = platformResource("区、街道和社区组织单元");

		this.mvc.perform(get("/catalogue").param("lang", "en"))
			.andExpect(content().string(containsString("Information resource catalogue")))
			.andExpect(content().string(containsString("Shared without conditions")));
		this.mvc.perform(get(publicPath(units)).param("lang", "en"))
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("Metadata identifier")))
			.andExpect(content().string(containsString("Category code")));
		this.mvc.perform(get("/standards").param("lang", "en"))
			.andExpect(content().string(containsString("Data elements")))
			.andExpect(content().string(containsString("Code lists")));
	}

	private Resource publish(AccountPrincipal maintainer, AccountPrincipal reviewer, ResourceForm form) {
		Resource defined = this.catalogue.define(maintainer, null, form);
		Resource submitted = this.catalogue.submit(maintainer, defined.identifier(), defined.version());
		return this.catalogue.approve(reviewer, submitted.identifier(), submitted.version());
	}

	private Resource platformResource(String name) {
		return this.catalogue.published().stream().filter((r) -> r.name().equals(name)).findFirst().orElseThrow();
	}

	/**
	 * The define form as a page sends it: three items filled in, five rows left blank.
	 */
	private static MockHttpServletRequestBuilder resourceForm(MockHttpServletRequestBuilder request, String name) {
		request.with(csrf())
			.param("provider", "")
			.param("name", name)
			.param("summary", "各社区分年度的常住人口。")
			.param("publicationDate", "")
			.param("keywords", "人口，社区")
			.param("categoryCode", "141")
			.param("shareType", "UNCONDITIONAL")
			.param("updateCycle", "ANNUAL")
			.param("groups", "DB-COMMUNITY")
			.param("keyItems", "unit_code, year")
			.param("unitItem", "unit_code")
			.param("related", "");
		String[][] rows = { { "unit_code", "单位代码", "DE00001", "true" }, { "year", "年度", "DE00016", "true" },
				{ "resident", "常住人口", "DE00017", null } };
		for (int i = 0; i < 8; i++) {
			String[] row = (i < rows.length) ? rows[i] : new String[] { "", "", "", null };
			request.param("items[" + i + "].name", row[0])
				.param("items[" + i + "].title", row[1])
				.param("items[" + i + "].titleEn", "")
				.param("items[" + i + "].element", row[2]);
			if (row[3] != null) {
				request.param("items[" + i + "].required", row[3]);
			}
		}
		return request;
	}

	private static String publicPath(Resource resource) {
		return "/catalogue/resources/" + resource.identifier();
	}

	private static String consolePath(Resource resource) {
		return "/console/catalogue/" + resource.identifier();
	}

	private static String unique(String name) {
		return name + UUID.randomUUID().toString().substring(0, 8);
	}

}
