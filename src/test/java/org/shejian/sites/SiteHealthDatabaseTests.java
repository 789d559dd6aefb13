package org.shejian.sites;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.map.MapEntries;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.sites.internal.ArticleRepository;
import org.shejian.sites.internal.SiteHealthRepository;
import org.shejian.sites.internal.SiteRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The health of a site: dead links found against a server on the loopback address (which
 * only a checker built for the test may ask), internal links against the database, empty
 * and stale columns, images without alt text, and scope. Not transactional: the checker
 * records in its own transactions, so each test removes what it made.
 */
@Tag("database")
class SiteHealthDatabaseTests extends PlatformTestSupport {

	@Autowired
	Sites sites;

	@Autowired
	Articles articles;

	@Autowired
	SiteHealth health;

	@Autowired
	SiteLinkChecker productionChecker;

	@Autowired
	SiteHealthRepository repository;

	@Autowired
	SiteRepository siteRepository;

	@Autowired
	ArticleRepository articleRepository;

	@Autowired
	MapEntries map;

	@Autowired
	SiteHealthProperties properties;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	HttpServer server;

	AtomicInteger requests = new AtomicInteger();

	AccountPrincipal district;

	Site site;

	@BeforeEach
	void siteAndServer() throws IOException {
		this.district = this.accounts.create(SiteFixtures.DONGCHENG, Role.DISTRICT_ADMIN);
		this.site = SiteFixtures.liveSite(this.sites, this.district, SiteFixtures.COMMUNITY_A);
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
	}

	@AfterEach
	void cleanUp() {
		this.server.stop(0);
		long id = this.site.id();
		for (String table : List.of("site_link", "site_check")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE site_id = ?").param(id).update();
		}
		this.jdbc
			.sql("DELETE FROM site_article_event WHERE article_id IN (SELECT id FROM site_article WHERE site_id = ?)")
			.param(id)
			.update();
		this.jdbc
			.sql("DELETE FROM site_article_version WHERE article_id IN (SELECT id FROM site_article WHERE site_id = ?)")
			.param(id)
			.update();
		this.jdbc.sql("DELETE FROM site_article WHERE site_id = ?").param(id).update();
		this.jdbc.sql("DELETE FROM site_column WHERE site_id = ? AND parent_id IS NOT NULL").param(id).update();
		this.jdbc.sql("DELETE FROM site_column WHERE site_id = ?").param(id).update();
		this.jdbc.sql("DELETE FROM site_site WHERE id = ?").param(id).update();
	}

	private void answer(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		String path = exchange.getRequestURI().getPath();
		boolean head = exchange.getRequestMethod().equals("HEAD");
		int status = switch (path) {
			case "/ok" -> 200;
			case "/no-head" -> head ? 405 : 200;
			case "/moved" -> 301;
			case "/server-error" -> 500;
			default -> 404;
		};
		if (status == 301) {
			exchange.getResponseHeaders().add("Location", "/ok");
		}
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Test
	void findsDeadExternalAndInternalLinksAndRecordsThem() {
		String local = "http://127.0.0.1:" + this.server.getAddress().getPort();
		Article article = publish(ColumnKind.NOTICES, "<p>见</p>");
		publishedBody(article,
				"<p><a href=\"" + local + "/ok\">a</a> <a href=\"" + local + "/gone\">b</a>" + " <a href=\"" + local
						+ "/no-head\">c</a> <a href=\"" + local + "/moved\">d</a>" + " <a href=\"" + local
						+ "/server-error\">e</a> <a href=\"http://10.1.2.3/x\">f</a>"
						+ " <a href=\"http://169.254.169.254/latest\">g</a> <a href=\"/s/110101001001/\">h</a>"
						+ " <a href=\"/s/110101001001/articles/" + article.id() + "\">i</a>"
						+ " <a href=\"/s/999999999999/\">j</a> <a href=\"/s/110101001001/articles/999999999\">k</a>"
						+ " <a href=\"mailto:a@example.org\">m</a></p>");

		SiteLinkChecker.Outcome outcome = loopbackChecker().check(this.site.id());

		Map<String, String> outcomes = this.repository.links(this.site.id())
			.stream()
			.collect(Collectors.toMap(SiteHealthRepository.Link::url, SiteHealthRepository.Link::outcome));
		assertThat(outcomes).containsEntry(local + "/ok", "OK")
			.containsEntry(local + "/gone", "BROKEN")
			.containsEntry(local + "/no-head", "OK")
			.containsEntry(local + "/moved", "OK")
			.containsEntry(local + "/server-error", "BROKEN")
			.containsEntry("http://10.1.2.3/x", "REFUSED")
			.containsEntry("http://169.254.169.254/latest", "REFUSED")
			.containsEntry("/s/110101001001/", "INTERNAL_OK")
			.containsEntry("/s/110101001001/articles/" + article.id(), "INTERNAL_OK")
			.containsEntry("/s/999999999999/", "INTERNAL_BROKEN")
			.containsEntry("/s/110101001001/articles/999999999", "INTERNAL_BROKEN")
			.doesNotContainKey("mailto:a@example.org");
		assertThat(outcome.deadLinks()).isEqualTo(4);
		SiteHealth.Health health = this.health.health(this.district, SiteFixtures.COMMUNITY_A);
		assertThat(health.deadLinks()).isEqualTo(4);
		assertThat(health.checkedAt()).isNotNull();
		assertThat(health.links().get(0).outcome()).isIn("BROKEN", "INTERNAL_BROKEN");
	}

	@Test
	void theProductionCheckerNeverAsksLoopbackOrPrivateAddresses() {
		String local = "http://127.0.0.1:" + this.server.getAddress().getPort();
		Article article = publish(ColumnKind.NOTICES, "<p>见</p>");
		publishedBody(article, "<p><a href=\"" + local + "/ok\">a</a> <a href=\"http://[::1]:"
				+ this.server.getAddress().getPort() + "/ok\">b</a> <a href=\"http://192.168.1.1/\">c</a></p>");

		this.productionChecker.check(this.site.id());

		assertThat(this.requests.get()).isZero();
		assertThat(this.repository.links(this.site.id())).extracting(SiteHealthRepository.Link::outcome)
			.containsOnly("REFUSED");
		LinkProbe probe = new LinkProbe(Duration.ofSeconds(1), false);
		for (String address : List.of("http://127.0.0.1/", "http://10.0.0.1/", "http://172.16.5.4/",
				"http://192.168.0.1/", "http://[::1]/", "http://[fe80::1]/", "http://[fd00::1]/", "http://0.0.0.0/",
				"ftp://example.org/", "file:///etc/passwd")) {
			assertThat(probe.allowed(URI.create(address))).as(address).isFalse();
		}
		assertThat(probe.allowed(URI.create("http://8.8.8.8/"))).isTrue();
		assertThat(this.properties.allowLoopback()).isFalse();
	}

	@Test
	void findsEmptyAndStaleColumnsAndImagesWithoutAltText() {
		SiteHealth.Health fresh = this.health.health(this.district, SiteFixtures.COMMUNITY_A);
		long leaves = fresh.columns().size() - 1;
		assertThat(fresh.emptyColumns()).isEqualTo(leaves);
		assertThat(fresh.score()).isEqualTo(60);

		Article notice = publish(ColumnKind.NOTICES, "<p>通知 <img src=\"https://example.org/a.png\" alt=\"示意图\"></p>");
		Article old = publish(ColumnKind.SERVICES, "<p>办事指南</p>");
		this.jdbc.sql("UPDATE site_article SET published_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(this.properties.staleDays() + 1))), old.id())
			.update();
		publishedBody(notice,
				"<p>通知 <img src=\"https://example.org/a.png\"><img src=\"https://example.org/b.png\" alt=\" \"></p>");

		SiteHealth.Health health = this.health.health(this.district, SiteFixtures.COMMUNITY_A);

		assertThat(health.emptyColumns()).isEqualTo(leaves - 2);
		assertThat(health.staleColumns()).isEqualTo(1);
		assertThat(health.columns()).filteredOn((column) -> column.kind() == ColumnKind.SERVICES)
			.extracting(SiteHealth.ColumnHealth::state)
			.containsExactly("STALE");
		assertThat(health.imagesWithoutAlt()).isEqualTo(2);
		assertThat(health.score()).isEqualTo(100 - 5 * (int) (leaves - 2 + 1) - 2 * 2);
		assertThat(this.health.sites(this.district, SiteFixtures.STREET_OF_A))
			.filteredOn((line) -> line.id() == this.site.id())
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.emptyColumns()).isEqualTo((int) leaves - 2);
				assertThat(line.staleColumns()).isEqualTo(1);
			});
	}

	@Test
	void aSiteOutsideTheScopeIsNotFound() {
		AccountPrincipal other = this.accounts.create("110102", Role.DISTRICT_ADMIN);

		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.health.health(other, SiteFixtures.COMMUNITY_A))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.notFound"));
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.health.checkNow(other, SiteFixtures.COMMUNITY_A))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.notFound"));
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.health.sites(other, SiteFixtures.DONGCHENG))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("scope.outside"));
	}

	private SiteLinkChecker loopbackChecker() {
		SiteHealthProperties fast = new SiteHealthProperties(90, Duration.ofHours(24), Duration.ofSeconds(2), 2,
				Duration.ofMillis(10), 100, true);
		return new SiteLinkChecker(this.repository, this.siteRepository, this.articleRepository, this.map, fast,
				Clock.systemUTC(), this.transactions, new LinkProbe(fast.timeout(), true));
	}

	private Article publish(ColumnKind kind, String body) {
		AccountPrincipal editor = this.accounts.create(SiteFixtures.COMMUNITY_A, Role.COMMUNITY_STAFF);
		Article draft = this.articles.create(editor,
				SiteFixtures.article(SiteFixtures.column(this.sites, this.site, kind).id(), "通知", body));
		Article submitted = this.articles.submit(editor, draft.id(), draft.version());
		return this.articles.approve(this.district, submitted.id(), submitted.version());
	}

	/** Older or imported content, which the cleaning on save never saw. */
	private void publishedBody(Article article, String body) {
		this.jdbc.sql("UPDATE site_article SET published_body = ? WHERE id = ?").params(body, article.id()).update();
	}

}
