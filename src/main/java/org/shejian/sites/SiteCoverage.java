package org.shejian.sites;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shejian.organisation.Page;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitKind;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Text;
import org.shejian.shared.tabular.RowsWriter;
import org.shejian.sites.internal.SiteHealthRepository;
import org.shejian.sites.internal.SiteHealthRepository.Counts;
import org.shejian.sites.internal.SiteHealthRepository.Freshness;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the website cluster reaches in a subtree, one line per unit one level down (the
 * districts of the city, the streets of a district) and one for the whole: residents'
 * committees (社区, kind {@link UnitKind#COMMUNITY}) with a live site, the goal being all
 * of them; villages (villagers' and committee-like units) apart; commercial buildings
 * with a live site, the goal being one in five; social organisations with a live site;
 * live sites that published in the last 30 and 90 days; and the online service items
 * (visible articles in services columns of community sites). Each figure is one query
 * over the subtree, grouped, whatever the number of units.
 */
@Service
@Transactional(readOnly = true)
public class SiteCoverage {

	/** The share of communities that should have a live site. */
	public static final double COMMUNITY_GOAL = 1.0;

	/** The share of commercial buildings that should have a live site. */
	public static final double BUILDING_GOAL = 0.2;

	private final SiteHealthRepository repository;

	private final Units units;

	private final UnitScope scope;

	private final Clock clock;

	SiteCoverage(SiteHealthRepository repository, Units units, UnitScope scope, Clock clock) {
		this.repository = repository;
		this.units = units;
		this.scope = scope;
		this.clock = clock;
	}

	/**
	 * The figures of one unit (a line) or of a whole subtree (the total line).
	 *
	 * @param code the unit's code, {@code null} for the total line
	 * @param communities current residents' committees
	 * @param villages current villagers' committees and committee-like units
	 * @param liveSites live sites of every category
	 * @param updated30 live sites whose latest visible article was published in the last
	 * 30 days
	 * @param serviceItems visible articles in the services columns of live community
	 * sites
	 */
	public record Line(String code, String name, long communities, long liveCommunities, long villages,
			long liveVillages, long buildings, long liveBuildings, long socialOrganisations,
			long liveSocialOrganisations, long liveSites, long updated30, long updated90, long serviceItems) {

		/**
		 * Communities with a live site, in percent, one decimal; 0 when there are none.
		 */
		public double communityPercent() {
			return percent(this.liveCommunities, this.communities);
		}

		public double villagePercent() {
			return percent(this.liveVillages, this.villages);
		}

		public double buildingPercent() {
			return percent(this.liveBuildings, this.buildings);
		}

		public double socialOrganisationPercent() {
			return percent(this.liveSocialOrganisations, this.socialOrganisations);
		}

		/** Whether every community has a live site (and there is at least one). */
		public boolean meetsCommunityGoal() {
			return this.communities > 0 && this.liveCommunities >= this.communities * COMMUNITY_GOAL;
		}

		public boolean meetsBuildingGoal() {
			return this.buildings > 0 && this.liveBuildings >= this.buildings * BUILDING_GOAL;
		}

		/** Service items per live community site, one decimal. */
		public double serviceItemsPerCommunity() {
			long sites = this.liveCommunities + this.liveVillages;
			return (sites == 0) ? 0 : Math.round(this.serviceItems * 10.0 / sites) / 10.0;
		}

		private static double percent(long part, long whole) {
			return (whole == 0) ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
		}

	}

	/**
	 * @param unit the unit asked about
	 * @param lines one per current child unit, by code
	 * @param total the whole subtree, including what hangs from the unit itself
	 * @param at the instant the figures were taken
	 */
	public record Report(Unit unit, List<Line> lines, Line total, Instant at) {
	}

	/**
	 * The coverage of the unit's subtree, by child unit.
	 * @param unitCode the unit, {@code null} or blank for the actor's own
	 * @throws org.shejian.shared.Problem (403) for a unit outside the actor's subtree,
	 * (404) for an unknown one
	 */
	public Report coverage(Actor actor, String unitCode) {
		Unit unit = unit(actor, unitCode);
		Instant now = this.clock.instant();
		int depth = unit.depth();
		int groupDepth = Math.min(depth + 1, 4);

		Map<Long, long[]> figures = new HashMap<>();
		for (Counts counts : this.repository.villageUnits(unit.id(), depth, groupDepth)) {
			boolean community = UnitKind.COMMUNITY.name().equals(counts.kind());
			add(figures, counts.group(), community ? 0 : 2, counts.total(), counts.live());
		}
		this.repository.attached("org_building", OwnerKind.BUILDING.name(), unit.id(), depth, groupDepth)
			.forEach((counts) -> add(figures, counts.group(), 4, counts.total(), counts.live()));
		this.repository
			.attached("org_social_organisation", OwnerKind.SOCIAL_ORGANISATION.name(), unit.id(), depth, groupDepth)
			.forEach((counts) -> add(figures, counts.group(), 6, counts.total(), counts.live()));
		for (Freshness fresh : this.repository.freshness(unit.id(), depth, groupDepth, now,
				now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(90)))) {
			add(figures, fresh.group(), 8, fresh.live(), fresh.within30());
			add(figures, fresh.group(), 10, fresh.within90(), 0);
		}
		this.repository.serviceItems(unit.id(), depth, groupDepth, now)
			.forEach((counts) -> add(figures, counts.group(), 11, counts.total(), 0));

		List<Line> lines = new ArrayList<>();
		long[] total = new long[12];
		figures.values().forEach((values) -> sum(total, values));
		if (groupDepth > depth) {
			for (Unit child : children(unit)) {
				lines.add(line(child.code(), child.shortName(), figures.getOrDefault(child.id(), new long[12])));
			}
		}
		return new Report(unit, lines, line(null, unit.shortName(), total), now);
	}

	/**
	 * The unit a report is asked for, checked against the actor's scope.
	 * @param unitCode the unit, {@code null} or blank for the actor's own
	 * @throws org.shejian.shared.Problem (403) for a unit outside the actor's subtree,
	 * (404) for an unknown one
	 */
	public Unit unit(Actor actor, String unitCode) {
		Unit unit = Text.isBlank(unitCode) ? this.units.findById(actor.unitId()).orElseThrow()
				: this.units.get(unitCode);
		this.scope.check(actor, unit.id());
		return unit;
	}

	/**
	 * Writes the coverage of the unit's subtree as an XLSX workbook: one sheet of lines
	 * and the total, one of the live sites' health.
	 */
	public void export(Actor actor, String unitCode, SiteHealth health, OutputStream out) {
		Report report = coverage(actor, unitCode);
		try (RowsWriter writer = RowsWriter.xlsx(out)) {
			writer.sheet("覆盖情况", List.of("单位代码", "单位", "社区", "已开通网站的社区", "社区覆盖率%", "村", "已开通网站的村", "商务楼宇", "已开通网站的楼宇",
					"楼宇覆盖率%", "社会组织", "已开通网站的社会组织", "已开通网站", "30天内更新", "90天内更新", "网上服务事项", "每个社区服务事项"));
			for (Line line : report.lines()) {
				writer.row(cells(line));
			}
			writer.row(cells(report.total()));
			health.writeSites(actor, report.unit(), writer);
			writer.finish();
		}
	}

	private static List<Object> cells(Line line) {
		return List.of((line.code() != null) ? line.code() : "合计", line.name(), line.communities(),
				line.liveCommunities(), line.communityPercent(), line.villages(), line.liveVillages(), line.buildings(),
				line.liveBuildings(), line.buildingPercent(), line.socialOrganisations(),
				line.liveSocialOrganisations(), line.liveSites(), line.updated30(), line.updated90(),
				line.serviceItems(), line.serviceItemsPerCommunity());
	}

	private List<Unit> children(Unit unit) {
		List<Unit> children = new ArrayList<>();
		Page<Unit> page;
		int number = 0;
		do {
			page = this.units.children(unit, number++, Units.MAX_PAGE_SIZE, false);
			children.addAll(page.items());
		}
		while (children.size() < page.total() && !page.items().isEmpty());
		return children;
	}

	private static void add(Map<Long, long[]> figures, Long group, int slot, long first, long second) {
		long[] values = figures.computeIfAbsent((group != null) ? group : -1L, (key) -> new long[12]);
		values[slot] += first;
		if (slot < 10 && slot % 2 == 0) {
			values[slot + 1] += second;
		}
	}

	private static void sum(long[] total, long[] values) {
		for (int i = 0; i < total.length; i++) {
			total[i] += values[i];
		}
	}

	private static Line line(String code, String name, long[] v) {
		return new Line(code, name, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
	}

}
