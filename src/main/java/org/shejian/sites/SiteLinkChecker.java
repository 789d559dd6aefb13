package org.shejian.sites;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.shejian.map.MapEntries;
import org.shejian.sites.internal.ArticleRepository;
import org.shejian.sites.internal.SiteHealthRepository;
import org.shejian.sites.internal.SiteHealthRepository.Link;
import org.shejian.sites.internal.SiteRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the links and images of the published copies of live sites' articles, on a
 * schedule and on demand, and records the outcome per site ({@code site_link},
 * {@code site_check}). External http(s) links are asked through {@link LinkProbe}: each
 * distinct URL once per check, hosts in parallel up to the configured concurrency, the
 * requests to one host one after another with a pause between them. Internal links
 * ({@code /s/…}, {@code /map/…}) are looked up in the database.
 */
@Component
public class SiteLinkChecker {

	private static final Logger logger = LoggerFactory.getLogger(SiteLinkChecker.class);

	private static final Pattern SITE_PATH = Pattern
		.compile("/s/([A-Za-z0-9]{1,20})(?:/(?:(articles|columns)/([0-9]{1,18})|search|rss\\.xml|theme\\.css)?)?/?");

	private static final Pattern MAP_PATH = Pattern.compile("/map/(items|services|policies)/([0-9]{1,18})/?");

	private final SiteHealthRepository repository;

	private final SiteRepository sites;

	private final ArticleRepository articles;

	private final MapEntries map;

	private final SiteHealthProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final LinkProbe probe;

	private final ExecutorService hosts;

	private final ExecutorService runner = Executors.newSingleThreadExecutor(daemon("site-check"));

	@Autowired
	SiteLinkChecker(SiteHealthRepository repository, SiteRepository sites, ArticleRepository articles, MapEntries map,
			SiteHealthProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this(repository, sites, articles, map, properties, clock, transactions,
				new LinkProbe(properties.timeout(), properties.allowLoopback()));
	}

	SiteLinkChecker(SiteHealthRepository repository, SiteRepository sites, ArticleRepository articles, MapEntries map,
			SiteHealthProperties properties, Clock clock, PlatformTransactionManager transactions, LinkProbe probe) {
		this.repository = repository;
		this.sites = sites;
		this.articles = articles;
		this.map = map;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
		this.probe = probe;
		this.hosts = Executors.newFixedThreadPool(properties.concurrency(), daemon("site-link"));
	}

	/** What one check of a site found. */
	public record Outcome(long siteId, int links, int deadLinks, int imagesWithoutAlt) {
	}

	/** Checks every live site, within the configured number of external links per run. */
	@Scheduled(initialDelayString = "${shejian.sites.health.check-interval:24h}",
			fixedDelayString = "${shejian.sites.health.check-interval:24h}")
	public void checkAll() {
		List<Long> live = this.repository.liveSites();
		logger.info("Checking the links of {} live sites", live.size());
		AtomicInteger budget = new AtomicInteger(this.properties.maxLinks());
		int dead = 0;
		for (long siteId : live) {
			if (budget.get() <= 0) {
				logger.warn("Link check stopped at the limit of {} external links", this.properties.maxLinks());
				break;
			}
			dead += check(siteId, budget).deadLinks();
		}
		logger.info("Checked the links of the live sites, {} dead", dead);
	}

	/** Checks one site in the background; the outcome shows once recorded. */
	public void checkLater(long siteId) {
		this.runner.submit(() -> {
			try {
				check(siteId);
			}
			catch (RuntimeException failed) {
				logger.error("Checking the links of site {} failed", siteId, failed);
			}
		});
	}

	/** Checks one site now and records what it found. */
	public Outcome check(long siteId) {
		return check(siteId, new AtomicInteger(this.properties.maxLinks()));
	}

	private Outcome check(long siteId, AtomicInteger budget) {
		if (this.sites.find(siteId).filter(Site::isLive).isEmpty()) {
			return new Outcome(siteId, 0, 0, 0);
		}
		Map<String, List<Long>> found = new LinkedHashMap<>();
		int[] withoutAlt = { 0 };
		this.repository.forEachPublishedBody(siteId, (articleId, body) -> {
			Document document = Jsoup.parseBodyFragment(body);
			for (Element link : document.select("a[href]")) {
				found.computeIfAbsent(link.attr("href").trim(), (url) -> new ArrayList<>()).add(articleId);
			}
			withoutAlt[0] += (int) document.select("img")
				.stream()
				.filter((image) -> image.attr("alt").isBlank())
				.count();
		});

		Map<String, LinkProbe.Result> results = probeAll(found.keySet(), budget);
		Instant now = this.clock.instant();
		List<Link> links = new ArrayList<>();
		found.forEach((url, articleIds) -> {
			LinkProbe.Result result = results.get(url);
			if (result != null) {
				articleIds.forEach((articleId) -> links.add(new Link(articleId, url, internal(url),
						result.outcome().name(), (result.status() > 0) ? result.status() : null, now)));
			}
		});
		this.transactions
			.executeWithoutResult((status) -> this.repository.replaceLinks(siteId, links, withoutAlt[0], now));
		int dead = (int) links.stream().filter((link) -> LinkOutcome.valueOf(link.outcome()).dead()).count();
		return new Outcome(siteId, links.size(), dead, withoutAlt[0]);
	}

	/**
	 * The outcome of each link that is checked: internal links and external http(s) ones.
	 */
	private Map<String, LinkProbe.Result> probeAll(Iterable<String> urls, AtomicInteger budget) {
		Map<String, LinkProbe.Result> results = new ConcurrentHashMap<>();
		Map<String, List<String>> byHost = new LinkedHashMap<>();
		Instant now = this.clock.instant();
		for (String url : urls) {
			if (internal(url)) {
				results.put(url, new LinkProbe.Result(internalOutcome(url, now), 0));
			}
			else if (external(url) && budget.getAndDecrement() > 0) {
				byHost.computeIfAbsent(host(url), (host) -> new ArrayList<>()).add(url);
			}
			else if (url.startsWith("//") || url.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
				results.put(url, new LinkProbe.Result(LinkOutcome.REFUSED, 0));
			}
		}
		List<Future<?>> running = new ArrayList<>();
		byHost.values().forEach((hostUrls) -> running.add(this.hosts.submit(() -> probeHost(hostUrls, results))));
		for (Future<?> future : running) {
			try {
				future.get();
			}
			catch (ExecutionException failed) {
				logger.error("A link check failed", failed.getCause());
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return results;
	}

	private void probeHost(List<String> urls, Map<String, LinkProbe.Result> results) {
		for (int i = 0; i < urls.size(); i++) {
			if (i > 0) {
				pause();
			}
			results.put(urls.get(i), this.probe.check(urls.get(i)));
		}
	}

	private void pause() {
		try {
			Thread.sleep(this.properties.hostDelay().toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private LinkOutcome internalOutcome(String url, Instant now) {
		String path = url.replaceFirst("[?#].*$", "");
		Matcher site = SITE_PATH.matcher(path);
		if (site.matches()) {
			return this.sites.byCode(site.group(1))
				.filter(Site::isLive)
				.filter((live) -> site.group(2) == null
						|| target(live, site.group(2), Long.parseLong(site.group(3)), now))
				.map((live) -> LinkOutcome.INTERNAL_OK)
				.orElse(LinkOutcome.INTERNAL_BROKEN);
		}
		Matcher entry = MAP_PATH.matcher(path);
		if (entry.matches()) {
			return this.map.published(Long.parseLong(entry.group(2))).isPresent() ? LinkOutcome.INTERNAL_OK
					: LinkOutcome.INTERNAL_BROKEN;
		}
		// Limitation: other map pages are taken as they are (lifted when the map names
		// its pages for other modules).
		return path.startsWith("/s/") ? LinkOutcome.INTERNAL_BROKEN : LinkOutcome.INTERNAL_OK;
	}

	private boolean target(Site site, String kind, long id, Instant now) {
		if (kind.equals("columns")) {
			return this.sites.column(id).filter((column) -> column.siteId() == site.id()).isPresent();
		}
		return this.articles.find(id).filter((article) -> article.siteId() == site.id()).isPresent()
				&& !this.articles.visibleAmong(List.of(id), now).isEmpty();
	}

	static boolean internal(String url) {
		return url.startsWith("/s/") || url.equals("/map") || url.startsWith("/map/");
	}

	private static boolean external(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

	private static String host(String url) {
		try {
			String host = URI.create(url).getHost();
			return (host != null) ? host.toLowerCase(Locale.ROOT) : "";
		}
		catch (IllegalArgumentException malformed) {
			return "";
		}
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		AtomicInteger number = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	@PreDestroy
	void stop() {
		this.runner.shutdownNow();
		this.hosts.shutdownNow();
	}

}
