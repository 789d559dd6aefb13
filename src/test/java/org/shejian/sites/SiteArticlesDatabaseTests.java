package org.shejian.sites;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Articles: cleaned bodies, plain titles and comments, versions and their differences,
 * the review with its separate permissions, scope, and what the public sees.
 */
@Tag("database")
@Transactional
class SiteArticlesDatabaseTests extends PlatformTestSupport {

	static final String HOSTILE = "<p onclick=\"steal()\" style=\"display:none\">正文</p><script>alert(1)</script>"
			+ "<a href=\"javascript:alert(1)\">链接</a><a href=\"data:text/html;base64,PHNjcmlwdD4=\">数据</a>"
			+ "<img src=\"https://example.org/a.png\" alt=\"照片\" onerror=\"alert(1)\">"
			+ "<iframe src=\"https://evil.example\"></iframe><form action=\"/x\"><input name=\"q\"></form>"
			+ "<h1>大标题</h1><style>p{display:none}</style><a href=\"https://example.org/\">正常链接</a>";

	@Autowired
	Sites sites;

	@Autowired
	Articles articles;

	@Autowired
	SitePages pages;

	@Autowired
	SiteSearch search;

	@Autowired
	TestAccounts accounts;

	@Autowired
	org.shejian.shared.search.TextIndexes indexes;

	AccountPrincipal district;

	AccountPrincipal editorA;

	AccountPrincipal streetReviewer;

	Site siteA;

	Site siteB;

	@BeforeEach
	void sites() {
		this.district = this.accounts.create(SiteFixtures.DONGCHENG, Role.DISTRICT_ADMIN);
		this.editorA = this.accounts.create(SiteFixtures.COMMUNITY_A, Role.COMMUNITY_STAFF);
		this.streetReviewer = this.accounts.create(SiteFixtures.STREET_OF_A, Role.STREET_ADMIN);
		this.siteA = SiteFixtures.liveSite(this.sites, this.district, SiteFixtures.COMMUNITY_A);
		this.siteB = SiteFixtures.liveSite(this.sites, this.district, SiteFixtures.COMMUNITY_B);
	}

	@Test
	void cleansScriptsHandlersStylesDangerousLinksFramesAndForms() {
		Article article = this.articles.create(this.editorA, SiteFixtures.article(notices(this.siteA), "通知", HOSTILE));

		assertThat(article.body()).doesNotContainIgnoringCase("script")
			.doesNotContainIgnoringCase("onclick")
			.doesNotContainIgnoringCase("onerror")
			.doesNotContainIgnoringCase("style")
			.doesNotContainIgnoringCase("javascript:")
			.doesNotContainIgnoringCase("data:")
			.doesNotContainIgnoringCase("iframe")
			.doesNotContainIgnoringCase("<form")
			.doesNotContainIgnoringCase("<input")
			.doesNotContainIgnoringCase("<h1")
			.contains("正文", "alt=\"照片\"", "href=\"https://example.org/\"", "rel=\"nofollow noopener\"");
	}

	@Test
	void refusesImagesWithoutAltTextAndEmptyBodies() {
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.articles.create(this.editorA,
					SiteFixtures.article(notices(this.siteA), "通知",
							"<p>见图</p><img src=\"https://example.org/a.png\">")))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.article.image.alt"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.articles.create(this.editorA,
					SiteFixtures.article(notices(this.siteA), "通知", "<script>alert(1)</script>")))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.article.body.missing"));
	}

	@Test
	void refusesMarkupInTitlesAndComments() {
		for (String title : List.of("<script>alert(1)</script>", "<b style=\"display:none\">x</b>",
				"<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "&#60;script&#62;")) {
			assertThatExceptionOfType(Problem.class)
				.isThrownBy(() -> this.articles.create(this.editorA,
						SiteFixtures.article(notices(this.siteA), title, "<p>正文</p>")))
				.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.text.markup"));
		}
		Article submitted = submitted("通知", "<p>正文</p>");

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.articles.returnToEditors(this.streetReviewer, submitted.id(), submitted.version(),
					"<img src=x onerror=alert(1)>"))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.text.markup"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(
					() -> this.articles.returnToEditors(this.streetReviewer, submitted.id(), submitted.version(), "  "))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.article.comment.missing"));
	}

	@Test
	void anEditorOfOneCommunityCannotWriteIntoAnother() {
		long columnOfB = notices(this.siteB);
		Article ofA = this.articles.create(this.editorA, SiteFixtures.article(notices(this.siteA), "通知", "<p>正文</p>"));

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.articles.create(this.editorA, SiteFixtures.article(columnOfB, "冒充", "<p>正文</p>")))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.column.notFound"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.articles.change(this.editorA, ofA.id(),
					new ArticleForm(columnOfB, "冒充", "<p>正文</p>", null, false, null, null, ofA.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.column.notFound"));
		AccountPrincipal editorB = this.accounts.create(SiteFixtures.COMMUNITY_B, Role.COMMUNITY_ADMIN);
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.articles.submit(editorB, ofA.id(), ofA.version()))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.article.notFound"));
	}

	@Test
	void submittingAndPublishingAreSeparatePermissions() {
		Article submitted = submitted("通知", "<p>正文</p>");
		AccountPrincipal otherStreet = this.accounts.create("110101002", Role.STREET_ADMIN);

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.articles.approve(this.editorA, submitted.id(), submitted.version()))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("role.missing"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.articles.approve(otherStreet, submitted.id(), submitted.version()))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.article.notFound"));
		assertThat(this.articles.reviewQueue(otherStreet)).isEmpty();
		assertThat(this.articles.reviewQueue(this.streetReviewer)).singleElement().satisfies((queued) -> {
			assertThat(queued.id()).isEqualTo(submitted.id());
			assertThat(queued.siteCode()).isEqualTo(this.siteA.code());
			assertThat(queued.siteTitle()).isEqualTo(this.siteA.title());
			assertThat(queued.submittedBy()).isEqualTo(this.editorA.username());
			assertThat(queued.submittedAt()).isNotNull();
		});

		Article approved = this.articles.approve(this.streetReviewer, submitted.id(), submitted.version());
		assertThat(approved.state()).isEqualTo(ArticleState.PUBLISHED);
		assertThat(this.pages.article(this.siteA, approved.id()).title()).isEqualTo("通知");
	}

	@Test
	void nobodyApprovesTheirOwnSubmission() {
		Article draft = this.articles.create(this.streetReviewer,
				SiteFixtures.article(notices(this.siteA), "通知", "<p>正文</p>"));
		Article submitted = this.articles.submit(this.streetReviewer, draft.id(), draft.version());

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.articles.approve(this.streetReviewer, submitted.id(), submitted.version()))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.article.ownSubmission"));
		assertThat(this.articles.approve(this.district, submitted.id(), submitted.version()).published()).isTrue();
	}

	@Test
	void nothingUnpublishedReachesPagesFeedsSitemapOrSearch() {
		Article draft = this.articles.create(this.editorA,
				SiteFixtures.article(notices(this.siteA), "未发布的停水通知", "<p>停水</p>"));
		Article submitted = submitted("待审核的停电通知", "<p>停电</p>");
		this.search.rebuild();

		for (Article article : List.of(draft, submitted)) {
			assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.pages.article(this.siteA, article.id()))
				.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.article.notFound"));
		}
		assertThat(this.pages.notices(this.siteA)).isEmpty();
		assertThat(this.pages.latest(this.siteA, 0)).isEmpty();
		List<Long> visible = new java.util.ArrayList<>();
		this.pages.forEachVisible((article) -> visible.add(article.id()));
		assertThat(visible).doesNotContain(draft.id(), submitted.id());
		assertThat(this.search.search("通知", null, 0, 20)).isEmpty();
	}

	@Test
	void aChangeOfAPublishedArticleWaitsForApprovalAndWithdrawalHidesIt() {
		Article published = published("停水通知", "<p>周一停水。</p>");
		Article changed = this.articles.change(this.editorA, published.id(),
				SiteFixtures.changed(published, "停水通知（更正）", "<p>周二停水。</p>", published.version()));

		assertThat(this.pages.article(this.siteA, published.id()).title()).isEqualTo("停水通知");
		assertThat(changed.state()).isEqualTo(ArticleState.DRAFT);
		List<String> diff = this.articles.diff(this.editorA, published.id(), 1, 2);
		assertThat(diff).contains("-停水通知", "+停水通知（更正）", "-周一停水。", "+周二停水。");

		Article withdrawn = this.articles.withdraw(this.streetReviewer, published.id(), changed.version(), "过期");
		assertThat(withdrawn.published()).isFalse();
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.pages.article(this.siteA, published.id()));
	}

	@Test
	void visibilityFollowsPublicationTimeAndExpiryByTheClock() {
		Instant now = Instant.now(java.time.Clock.systemUTC());
		Article later = publishedWith(now.plus(Duration.ofDays(1)), null);
		Article expired = publishedWith(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
		Article current = publishedWith(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)));
		this.search.rebuild();

		assertThat(this.pages.notices(this.siteA)).extracting(SitePages.PublicArticle::id)
			.containsExactly(current.id());
		assertThat(this.search.search("公告", this.siteA.id(), 0, 20)).extracting(SiteSearch.Found::articleId)
			.containsExactly(current.id());
		assertThat(later.published()).isTrue();
		assertThat(expired.published()).isTrue();
	}

	@Test
	void searchFindsPublishedArticlesWithHighlightsWithinASiteOrAll() {
		Article published = published("社区垃圾分类宣传活动", "<p>本周六在社区广场开展垃圾分类宣传。</p>");
		this.search.rebuild();

		List<SiteSearch.Found> all = this.search.search("垃圾分类", null, 0, 20);
		assertThat(all).extracting(SiteSearch.Found::articleId).containsExactly(published.id());
		assertThat(all.get(0).hit().title()).contains("<mark>");
		assertThat(this.search.search("垃圾分类", this.siteB.id(), 0, 20)).isEmpty();
	}

	@Test
	void linksOnlyPublishedServiceItemsOfTheMap() {
		long services = SiteFixtures.column(this.sites, this.siteA, ColumnKind.SERVICES).id();

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.articles.create(this.editorA,
					new ArticleForm(services, "办理居住证明", "<p>到社区服务站办理。</p>", 987_654_321L, false, null, null, null)))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.article.service.notPublished"));
	}

	@Test
	void theSweepTakesExpiredArticlesOutOfTheIndex() {
		Instant now = Instant.now(java.time.Clock.systemUTC());
		Article expired = publishedWith(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
		this.search.rebuild();
		int before = this.indexes.get("sites").size();

		this.search.sweepExpired();

		assertThat(this.indexes.get("sites").size()).isEqualTo(before - 1);
		assertThat(expired.published()).isTrue();
	}

	long notices(Site site) {
		return SiteFixtures.column(this.sites, site, ColumnKind.NOTICES).id();
	}

	Article submitted(String title, String body) {
		Article draft = this.articles.create(this.editorA, SiteFixtures.article(notices(this.siteA), title, body));
		return this.articles.submit(this.editorA, draft.id(), draft.version());
	}

	Article published(String title, String body) {
		Article submitted = submitted(title, body);
		return this.articles.approve(this.streetReviewer, submitted.id(), submitted.version());
	}

	Article publishedWith(Instant publishAt, Instant expireAt) {
		Article draft = this.articles.create(this.editorA,
				new ArticleForm(notices(this.siteA), "定时公告", "<p>公告内容</p>", null, false, publishAt, expireAt, null));
		Article submitted = this.articles.submit(this.editorA, draft.id(), draft.version());
		return this.articles.approve(this.streetReviewer, submitted.id(), submitted.version());
	}

}
