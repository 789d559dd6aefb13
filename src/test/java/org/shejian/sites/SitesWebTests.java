package org.shejian.sites;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages, feeds and API of the sites, the console form and the staff API:
 * nothing unpublished leaves, hostile input stays harmless, and scope holds when an id is
 * changed in a form or a body.
 */
@Transactional
class SitesWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Sites sites;

	@Autowired
	Articles articles;

	@Autowired
	SiteSearch search;

	AccountPrincipal district;

	AccountPrincipal editorA;

	AccountPrincipal reviewer;

	Site siteA;

	Site siteB;

	@BeforeEach
	void sites() {
		this.district = this.accounts.create(SiteFixtures.DONGCHENG, Role.DISTRICT_ADMIN);
		this.editorA = this.accounts.create(SiteFixtures.COMMUNITY_A, Role.COMMUNITY_STAFF);
		this.reviewer = this.accounts.create(SiteFixtures.STREET_OF_A, Role.STREET_ADMIN);
		this.siteA = SiteFixtures.liveSite(this.sites, this.district, SiteFixtures.COMMUNITY_A);
		this.siteB = SiteFixtures.liveSite(this.sites, this.district, SiteFixtures.COMMUNITY_B);
	}

	@Test
	void showsAPublishedArticleCleanedOnItsPageFeedSitemapApiAndSearch() throws Exception {
		Article article = published("停水&停电通知", "<p onclick=\"x()\">周一停水</p><script>alert(1)</script>");
		this.search.rebuild();

		this.mvc.perform(get("/s/110101001001/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("停水&amp;停电通知")));
		this.mvc.perform(get("/s/110101001001/articles/" + article.id()))
			.andExpect(status().isOk())
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
			.andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' https:")))
			.andExpect(content().string(containsString("周一停水")))
			.andExpect(content().string(not(containsString("alert(1)"))))
			.andExpect(content().string(not(containsString("onclick"))));
		this.mvc.perform(get("/s/110101001001/rss.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/rss+xml"))
			.andExpect(content().string(containsString("<title>停水&amp;停电通知</title>")))
			.andExpect(content().string(containsString("/s/110101001001/articles/" + article.id())));
		this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/s/110101001001/articles/" + article.id())));
		this.mvc.perform(get("/api/v1/sites/110101001001/articles/" + article.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("停水&停电通知"));
		this.mvc.perform(get("/sites/search").param("q", "停水"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/s/110101001001/articles/" + article.id())));
		this.mvc.perform(get("/s/110101001001/search").param("q", "停水"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>")));
	}

	@Test
	void theDirectoryListsLiveSitesByDistrictAndNothingElse() throws Exception {
		Site suspended = this.sites.changeState(this.district, this.siteB.id(), SiteState.SUSPENDED,
				this.siteB.version());
		assertThat(suspended.state()).isEqualTo(SiteState.SUSPENDED);

		this.mvc.perform(get("/sites"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/sites?unit=110101")))
			.andExpect(content().string(containsString("1 个网站")))
			.andExpect(content().string(not(containsString(this.siteA.title()))));
		this.mvc.perform(get("/sites").param("unit", "110101"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/s/110101001001/\"")))
			.andExpect(content().string(containsString(this.siteA.title())))
			.andExpect(content().string(not(containsString("/s/" + this.siteB.code() + "/"))));
		this.mvc.perform(get("/sites").param("unit", "110102"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚无开通的网站")));
		this.mvc.perform(get("/sites").param("unit", "999999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/sites\"")));
	}

	@Test
	void robotsKeepCrawlersOutOfTheConsoleAndNameTheSitemap() throws Exception {
		this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(content().string(containsString("Disallow: /console/")))
			.andExpect(content().string(containsString("Disallow: /api/")))
			.andExpect(content().string(containsString("Sitemap: http://localhost/sitemap.xml")));
	}

	@Test
	void anUnpublishedArticleIsNowhere() throws Exception {
		Article draft = this.articles.create(this.editorA,
				SiteFixtures.article(notices(this.siteA), "秘密草稿通知", "<p>草稿内容</p>"));
		Article submitted = this.articles.submit(this.editorA, draft.id(), draft.version());
		this.search.rebuild();

		this.mvc.perform(get("/s/110101001001/articles/" + draft.id())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/sites/110101001001/articles/" + draft.id())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/sites/110101001001/articles"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("秘密草稿通知"))));
		this.mvc.perform(get("/s/110101001001/")).andExpect(content().string(not(containsString("秘密草稿通知"))));
		this.mvc.perform(get("/s/110101001001/rss.xml")).andExpect(content().string(not(containsString("秘密草稿通知"))));
		this.mvc.perform(get("/sitemap.xml"))
			.andExpect(content().string(not(containsString("/articles/" + submitted.id() + "<"))));
		this.mvc.perform(get("/sites/search").param("q", "秘密草稿"))
			.andExpect(content().string(not(containsString("/articles/" + submitted.id()))));
	}

	@Test
	void answersNotModifiedToAnEtagOrADateItHasSeen() throws Exception {
		published("通知", "<p>内容</p>");
		MvcResult first = this.mvc.perform(get("/s/110101001001/")).andExpect(status().isOk()).andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);

		this.mvc.perform(get("/s/110101001001/").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/s/110101001001/").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
			.andExpect(status().isNotModified());
		published("新通知", "<p>新内容</p>");
		this.mvc.perform(get("/s/110101001001/").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk());
	}

	@Test
	void aSuspendedSiteIsNotFoundAndAClosedOneGone() throws Exception {
		Site suspended = this.sites.changeState(this.district, this.siteA.id(), SiteState.SUSPENDED,
				this.siteA.version());
		this.mvc.perform(get("/s/110101001001/")).andExpect(status().isNotFound());
		this.mvc.perform(get("/s/110101001001/rss.xml")).andExpect(status().isNotFound());

		this.sites.changeState(this.district, this.siteA.id(), SiteState.CLOSED, suspended.version());
		this.mvc.perform(get("/s/110101001001/")).andExpect(status().isGone());
		this.mvc.perform(get("/s/nosuchsite/")).andExpect(status().isNotFound());
	}

	@Test
	void anEditorCannotPublishToAnotherCommunityByChangingTheColumnIdInTheForm() throws Exception {
		long columnOfB = notices(this.siteB);

		this.mvc
			.perform(post("/console/site-articles").with(user(this.editorA))
				.with(csrf())
				.param("site", String.valueOf(this.siteA.id()))
				.param("columnId", String.valueOf(columnOfB))
				.param("title", "冒充通知")
				.param("body", "<p>内容</p>"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/sites/" + this.siteA.id()))
			.andExpect(flash().attributeExists("error"));
		assertThat(this.articles.ofSite(this.district, this.siteB.id())).isEmpty();
	}

	@Test
	void anEditorCannotPublishToAnotherCommunityByChangingTheColumnIdInTheApi() throws Exception {
		long columnOfB = notices(this.siteB);

		this.mvc
			.perform(post("/api/v1/site-articles").with(user(this.editorA))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"columnId\": " + columnOfB + ", \"title\": \"冒充通知\", \"body\": \"<p>内容</p>\"}"))
			.andExpect(status().isNotFound());
		assertThat(this.articles.ofSite(this.district, this.siteB.id())).isEmpty();
		this.mvc
			.perform(post("/api/v1/site-articles").with(user(this.editorA))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"columnId\": " + notices(this.siteA)
						+ ", \"title\": \"<script>alert(1)</script>\", \"body\": \"<p>内容</p>\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theConsoleShowsASiteAndAnArticleWithItsActions() throws Exception {
		Article draft = this.articles.create(this.editorA, SiteFixtures.article(notices(this.siteA),
				"<b>不会出现</b>".replace("<b>", "").replace("</b>", ""), "<p>内容</p>"));

		this.mvc.perform(get("/console/sites").with(user(this.district))).andExpect(status().isOk());
		this.mvc.perform(get("/console/sites/" + this.siteA.id()).with(user(this.district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("通知公告")));
		this.mvc.perform(get("/console/site-articles/" + draft.id()).with(user(this.editorA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/submit")));
		this.mvc.perform(get("/console/site-reviews").with(user(this.reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/console/site-articles/" + draft.id()))));

		this.articles.submit(this.editorA, draft.id(), draft.version());
		this.mvc.perform(get("/console/site-reviews").with(user(this.reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/console/site-articles/" + draft.id())))
			.andExpect(content().string(containsString(this.siteA.title())))
			.andExpect(content().string(containsString(this.siteA.code())))
			.andExpect(content().string(containsString(this.editorA.username())))
			.andExpect(content().string(containsString("提交时间")));
		this.mvc.perform(get("/api/v1/site-articles/review").with(user(this.reviewer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(draft.id()))
			.andExpect(jsonPath("$[0].siteCode").value(this.siteA.code()))
			.andExpect(jsonPath("$[0].submittedBy").value(this.editorA.username()))
			.andExpect(jsonPath("$[0].submittedAt").exists());
	}

	@Test
	void servesALiveSiteAtTheRootOfItsHostName() throws Exception {
		Site named = this.sites.update(this.district, this.siteA.id(),
				new SiteForm(null, null, null, "duofuxiang.example.cn", null, null, null, null, this.siteA.version()));
		assertThat(named.hostName()).isEqualTo("duofuxiang.example.cn");

		this.mvc.perform(get("/").with((request) -> {
			request.setServerName("duofuxiang.example.cn");
			return request;
		})).andExpect(forwardedUrl("/s/110101001001/"));
	}

	long notices(Site site) {
		return SiteFixtures.column(this.sites, site, ColumnKind.NOTICES).id();
	}

	Article published(String title, String body) {
		Article draft = this.articles.create(this.editorA, SiteFixtures.article(notices(this.siteA), title, body));
		Article submitted = this.articles.submit(this.editorA, draft.id(), draft.version());
		return this.articles.approve(this.reviewer, submitted.id(), submitted.version());
	}

}
