package org.shejian.sites;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.shejian.organisation.Unit;
import org.shejian.organisation.Units;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;
import org.shejian.sites.internal.ArticleRepository;
import org.shejian.sites.internal.SiteRepository;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public reads: live sites and their visible articles, decided at read time by
 * the injected clock (published, its publication time come, not expired). Nothing else
 * leaves this class.
 */
@Service
@Transactional(readOnly = true)
public class SitePages {

	/** How many articles a column shows on the home page. */
	public static final int LATEST_PER_COLUMN = 5;

	/** The most articles one page of a column or one feed holds. */
	public static final int PAGE_SIZE = 20;

	/** The most sites the directory lists for one unit. */
	public static final int DIRECTORY_LIMIT = 2_000;

	/** The most articles the sitemap lists (the protocol's limit per file). */
	public static final int SITEMAP_LIMIT = 50_000;

	private final SiteRepository sites;

	private final ArticleRepository articles;

	private final Clock clock;

	private final Units units;

	SitePages(SiteRepository sites, ArticleRepository articles, Clock clock, Units units) {
		this.sites = sites;
		this.articles = articles;
		this.clock = clock;
		this.units = units;
	}

	/**
	 * The public directory of the website cluster: every district (the children of the
	 * tree's roots) with its number of live sites and, when a unit is chosen, the live
	 * sites within it by category and code, at most {@link #DIRECTORY_LIMIT}.
	 * @param unitCode the chosen unit, or {@code null}
	 * @throws Problem (404) when the chosen unit does not exist
	 */
	@Transactional(readOnly = true)
	public Directory directory(String unitCode) {
		List<DistrictSites> districts = new ArrayList<>();
		for (Unit root : this.units.roots()) {
			for (Unit district : this.units.children(root, 0, Units.MAX_PAGE_SIZE, false).items()) {
				districts.add(new DistrictSites(district,
						this.sites.countLiveWithin(this.units.subtreeCondition("unit_id", district.id()))));
			}
		}
		if (Text.isBlank(unitCode)) {
			return new Directory(districts, null, List.of(), false);
		}
		Unit chosen = this.units.get(unitCode);
		List<SiteSummary> live = this.sites
			.liveWithin(this.units.subtreeCondition("unit_id", chosen.id()), DIRECTORY_LIMIT + 1)
			.stream()
			.map(Site::summary)
			.toList();
		boolean truncated = live.size() > DIRECTORY_LIMIT;
		return new Directory(districts, chosen, truncated ? live.subList(0, DIRECTORY_LIMIT) : live, truncated);
	}

	/**
	 * The website cluster's directory; see {@link #directory}.
	 *
	 * @param districts every district with its number of live sites
	 * @param chosen the unit whose sites are listed, or {@code null}
	 * @param sites its live sites
	 * @param truncated whether it has more than are listed
	 */
	public record Directory(List<DistrictSites> districts, Unit chosen, List<SiteSummary> sites, boolean truncated) {
	}

	/** A district and how many live sites it holds. */
	public record DistrictSites(Unit district, long liveSites) {
	}

	/**
	 * A public article: the published copy only.
	 *
	 * @param id its id
	 * @param siteId its site
	 * @param columnId its column
	 * @param title its published title (plain text)
	 * @param body its published body (cleaned HTML)
	 * @param serviceEntryId the map service item it links, {@code null} when none
	 * @param pinned whether it is shown first
	 * @param since when the public could first read it
	 */
	public record PublicArticle(long id, long siteId, long columnId, String title, String body, Long serviceEntryId,
			boolean pinned, Instant since) {

		static PublicArticle of(Article article) {
			return new PublicArticle(article.id(), article.siteId(), article.columnId(), article.publishedTitle(),
					article.publishedBody(), article.serviceEntryId(), article.pinned(), article.visibleSince());
		}

	}

	/**
	 * The home page: pinned articles, and the latest of each top column (its children
	 * included).
	 */
	public record Home(Site site, List<SiteColumn> columns, List<PublicArticle> pinned,
			Map<SiteColumn, List<PublicArticle>> latest) {
	}

	/**
	 * @throws Problem (404) when no site has the code or it is not live, (410) when it is
	 * closed
	 */
	public Site live(String code) {
		Site site = this.sites.byCode(code).orElseThrow(() -> Problem.notFound("site.notFound", code));
		if (site.state() == SiteState.CLOSED) {
			throw new Problem(HttpStatus.GONE, "site.closed", code);
		}
		if (!site.isLive()) {
			throw Problem.notFound("site.notFound", code);
		}
		return site;
	}

	public List<SiteColumn> columns(Site site) {
		return this.sites.columns(site.id());
	}

	public Home home(String code) {
		Site site = live(code);
		List<SiteColumn> columns = columns(site);
		Instant now = this.clock.instant();
		List<PublicArticle> pinned = this.articles.visible(site.id(), List.of(), true, now, 0, PAGE_SIZE)
			.stream()
			.filter(Article::pinned)
			.map(PublicArticle::of)
			.toList();
		Map<SiteColumn, List<PublicArticle>> latest = new LinkedHashMap<>();
		for (SiteColumn top : columns.stream().filter((column) -> column.parentId() == null).toList()) {
			latest.put(top,
					this.articles.visible(site.id(), withChildren(top, columns), false, now, 0, LATEST_PER_COLUMN)
						.stream()
						.map(PublicArticle::of)
						.toList());
		}
		return new Home(site, columns, pinned, latest);
	}

	/**
	 * @throws Problem (404) when the column is not one of the site's
	 */
	public SiteColumn column(Site site, long columnId) {
		return this.sites.column(columnId)
			.filter((column) -> column.siteId() == site.id())
			.orElseThrow(() -> Problem.notFound("site.column.notFound", columnId));
	}

	/**
	 * One page of a column's visible articles (its children's included), pinned first.
	 */
	public List<PublicArticle> columnArticles(Site site, SiteColumn column, int page) {
		return this.articles
			.visible(site.id(), withChildren(column, columns(site)), true, this.clock.instant(),
					Math.max(0, Math.min(page, 10_000)) * PAGE_SIZE, PAGE_SIZE)
			.stream()
			.map(PublicArticle::of)
			.toList();
	}

	/** The latest visible articles of the site, any column. */
	public List<PublicArticle> latest(Site site, int page) {
		return this.articles
			.visible(site.id(), List.of(), false, this.clock.instant(), Math.max(0, Math.min(page, 10_000)) * PAGE_SIZE,
					PAGE_SIZE)
			.stream()
			.map(PublicArticle::of)
			.toList();
	}

	/**
	 * @throws Problem (404) when the article is not visible on the site now
	 */
	public PublicArticle article(Site site, long id) {
		return this.articles.find(id)
			.filter((article) -> article.siteId() == site.id() && article.isVisibleAt(this.clock.instant()))
			.map(PublicArticle::of)
			.orElseThrow(() -> Problem.notFound("site.article.notFound", id));
	}

	/** The latest visible articles of the site's notices columns. */
	public List<PublicArticle> notices(Site site) {
		List<Long> notices = columns(site).stream()
			.filter((column) -> column.kind() == ColumnKind.NOTICES)
			.map(SiteColumn::id)
			.toList();
		if (notices.isEmpty()) {
			return List.of();
		}
		return this.articles.visible(site.id(), notices, false, this.clock.instant(), 0, PAGE_SIZE)
			.stream()
			.map(PublicArticle::of)
			.toList();
	}

	/** Every live site, by code. */
	public List<Site> liveSites() {
		return this.sites.inState(SiteState.LIVE, null);
	}

	/** Every visible article of every live site, by site: for the sitemap. */
	public void forEachVisible(Consumer<PublicArticle> action) {
		this.articles.forEachVisible(this.clock.instant(), SITEMAP_LIMIT,
				(article) -> action.accept(PublicArticle.of(article)));
	}

	/** The ids among the given that the public may read now. */
	public List<Long> visibleAmong(List<Long> ids) {
		return this.articles.visibleAmong(ids, this.clock.instant());
	}

	/** The site of an id, whatever its state: for labelling search hits. */
	public java.util.Optional<Site> site(long id) {
		return this.sites.find(id);
	}

	private static List<Long> withChildren(SiteColumn column, List<SiteColumn> all) {
		List<Long> ids = new ArrayList<>();
		ids.add(column.id());
		all.stream()
			.filter((child) -> Long.valueOf(column.id()).equals(child.parentId()))
			.forEach((child) -> ids.add(child.id()));
		return ids;
	}

}
