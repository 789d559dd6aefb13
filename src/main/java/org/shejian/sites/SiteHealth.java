package org.shejian.sites;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;
import org.shejian.shared.tabular.RowsWriter;
import org.shejian.sites.internal.SiteHealthRepository;
import org.shejian.sites.internal.SiteHealthRepository.ColumnFigures;
import org.shejian.sites.internal.SiteHealthRepository.Link;
import org.shejian.sites.internal.SiteHealthRepository.SiteFigures;
import org.shejian.sites.internal.SiteRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health of the live sites: dead links (as the last check recorded them), leaf
 * columns without a visible article (empty) or without one in the configured number of
 * days (stale), and images without alt text in published copies; summed up in a score of
 * 0 to 100 that loses 5 per dead link (at most 40), 5 per empty or stale column (at most
 * 40) and 2 per image without alt text (at most 20). A site outside the actor's subtree
 * is "not found".
 */
@Service
@Transactional(readOnly = true)
public class SiteHealth {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** The most sites one health list holds. */
	public static final int MAX_SITES = 10_000;

	private final SiteHealthRepository repository;

	private final SiteRepository sites;

	private final Units units;

	private final UnitScope scope;

	private final SiteLinkChecker checker;

	private final SiteHealthProperties properties;

	private final Clock clock;

	SiteHealth(SiteHealthRepository repository, SiteRepository sites, Units units, UnitScope scope,
			SiteLinkChecker checker, SiteHealthProperties properties, Clock clock) {
		this.repository = repository;
		this.sites = sites;
		this.units = units;
		this.scope = scope;
		this.checker = checker;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A column's state: {@code EMPTY}, {@code STALE} or {@code OK}; a column with columns
	 * below it is always {@code OK}, its children count instead.
	 */
	public record ColumnHealth(long id, String name, ColumnKind kind, long articles, Instant latest, String state) {
	}

	/** Days after which a column without a visible new article counts as stale. */
	public int staleDays() {
		return this.properties.staleDays();
	}

	/**
	 * The health of one site.
	 *
	 * @param links every link the last check recorded, dead ones first
	 * @param checkedAt the last check, {@code null} before the first
	 */
	public record Health(Site site, int score, List<ColumnHealth> columns, int emptyColumns, int staleColumns,
			int imagesWithoutAlt, List<Link> links, int deadLinks, Instant checkedAt, int staleDays) {
	}

	/** A live site in a health list, from its last check and its columns now. */
	public record SiteLine(long id, String code, String title, SiteCategory category, int score, int links,
			int deadLinks, int emptyColumns, int staleColumns, int imagesWithoutAlt, Instant checkedAt) {
	}

	/**
	 * @throws Problem (404) when there is no such site in the actor's scope
	 */
	public Health health(Actor actor, String code) {
		Site site = site(actor, code);
		Instant now = this.clock.instant();
		Instant staleBefore = now.minus(Duration.ofDays(this.properties.staleDays()));
		List<ColumnHealth> columns = this.repository.columns(site.id(), now)
			.stream()
			.map((column) -> columnHealth(column, staleBefore))
			.toList();
		int empty = (int) columns.stream().filter((column) -> column.state().equals("EMPTY")).count();
		int stale = (int) columns.stream().filter((column) -> column.state().equals("STALE")).count();
		int[] withoutAlt = { 0 };
		this.repository.forEachPublishedBody(site.id(), (id, body) -> withoutAlt[0] += imagesWithoutAlt(body));
		List<Link> links = this.repository.links(site.id());
		int dead = (int) links.stream().filter((link) -> LinkOutcome.valueOf(link.outcome()).dead()).count();
		return new Health(site, score(dead, empty + stale, withoutAlt[0]), columns, empty, stale, withoutAlt[0], links,
				dead, this.repository.checkedAt(site.id()), this.properties.staleDays());
	}

	/**
	 * Starts a check of the site's links in the background.
	 * @throws Problem (404) when there is no such site in the actor's scope, (409) when
	 * it is not live
	 */
	public void checkNow(Actor actor, String code) {
		Site site = site(actor, code);
		if (!site.isLive()) {
			throw Problem.conflict("site.health.notLive", site.code());
		}
		this.checker.checkLater(site.id());
	}

	/** The live sites of the unit's subtree with their health, by code. */
	public List<SiteLine> sites(Actor actor, String unitCode) {
		Unit unit = Text.isBlank(unitCode) ? this.units.findById(actor.unitId()).orElseThrow()
				: this.units.get(unitCode);
		this.scope.check(actor, unit.id());
		return lines(unit);
	}

	/** Writes the health list of the unit's subtree as a sheet. */
	void writeSites(Actor actor, Unit unit, RowsWriter writer) {
		this.scope.check(actor, unit.id());
		writer.sheet("网站健康", List.of("网站地址", "网站名称", "类别", "健康分", "链接", "失效链接", "空栏目", "长期未更新栏目", "缺少替代文字的图片", "最近检查"));
		for (SiteLine line : lines(unit)) {
			writer.row(line.code(), line.title(), line.category().name(), line.score(), line.links(), line.deadLinks(),
					line.emptyColumns(), line.staleColumns(), line.imagesWithoutAlt(),
					(line.checkedAt() != null) ? LocalDateTime.ofInstant(line.checkedAt(), SHANGHAI) : null);
		}
	}

	private List<SiteLine> lines(Unit unit) {
		Instant now = this.clock.instant();
		List<SiteFigures> figures = this.repository.sites(unit.id(), unit.depth(), now,
				now.minus(Duration.ofDays(this.properties.staleDays())), MAX_SITES);
		return figures.stream()
			.map((f) -> new SiteLine(f.id(), f.code(), f.title(), SiteCategory.valueOf(f.category()),
					score(f.deadLinks(), f.emptyColumns() + f.staleColumns(), f.imagesWithoutAlt()), f.links(),
					f.deadLinks(), f.emptyColumns(), f.staleColumns(), f.imagesWithoutAlt(), f.checkedAt()))
			.toList();
	}

	private Site site(Actor actor, String code) {
		return this.sites.byCode(Text.compact(code))
			.filter((site) -> this.scope.covers(actor, site.unitId()))
			.orElseThrow(() -> Problem.notFound("site.notFound", Text.compact(code)));
	}

	private static ColumnHealth columnHealth(ColumnFigures column, Instant staleBefore) {
		String state = "OK";
		if (column.parent()) {
			state = "OK";
		}
		else if (column.articles() == 0) {
			state = "EMPTY";
		}
		else if (column.latest() != null && column.latest().isBefore(staleBefore)) {
			state = "STALE";
		}
		return new ColumnHealth(column.id(), column.name(), ColumnKind.valueOf(column.kind()), column.articles(),
				column.latest(), state);
	}

	static int imagesWithoutAlt(String body) {
		return (int) Jsoup.parseBodyFragment(body)
			.select("img")
			.stream()
			.filter((image) -> image.attr("alt").isBlank())
			.count();
	}

	static int score(int deadLinks, int emptyOrStaleColumns, int imagesWithoutAlt) {
		return 100 - Math.min(40, 5 * deadLinks) - Math.min(40, 5 * emptyOrStaleColumns)
				- Math.min(20, 2 * imagesWithoutAlt);
	}

}
