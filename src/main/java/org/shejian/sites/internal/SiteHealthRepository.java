package org.shejian.sites.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of coverage and health, each counted set-wise for a whole subtree and
 * grouped by the unit one level down ({@code anc{g}}), and the links the checker records.
 * Depths are numbers the caller takes from a stored unit (0 to 4), never user input.
 */
@Repository
public class SiteHealthRepository {

	private static final String VISIBLE = " a.is_published = TRUE AND (a.publish_at IS NULL OR a.publish_at <= :now)"
			+ " AND (a.expire_at IS NULL OR a.expire_at > :now)";

	private static final String PUBLICATION = "COALESCE(a.publish_at, a.published_at)";

	private final JdbcClient jdbc;

	SiteHealthRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts of one kind of owner in one group: all of them, and those with a live site.
	 */
	public record Counts(Long group, String kind, long total, long live) {
	}

	/**
	 * Live sites of one group, and how many published something in the last 30 and 90
	 * days.
	 */
	public record Freshness(Long group, long live, long within30, long within90) {
	}

	/** A column of a site with its visible articles. */
	public record ColumnFigures(long id, String name, String kind, boolean parent, long articles, Instant latest) {
	}

	/** A live site with its recorded check and its empty and stale leaf columns. */
	public record SiteFigures(long id, String code, String title, String category, long unitId, int links,
			int deadLinks, int imagesWithoutAlt, Instant checkedAt, int emptyColumns, int staleColumns) {
	}

	/** A recorded link. */
	public record Link(long articleId, String url, boolean internal, String outcome, Integer status,
			Instant checkedAt) {
	}

	/** Current village-level units by kind, and those with a live site. */
	public List<Counts> villageUnits(long unitId, int depth, int groupDepth) {
		return this.jdbc
			.sql("SELECT u.anc" + groupDepth + " AS grp, u.kind AS kind, COUNT(*) AS total,"
					+ " COUNT(s.id) AS live FROM org_unit u LEFT JOIN site_site s ON s.owner_kind = 'UNIT'"
					+ " AND s.owner_id = u.id AND s.state = 'LIVE' WHERE u.anc" + depth + " = :unit"
					+ " AND u.unit_level = 'VILLAGE' AND u.valid_to IS NULL GROUP BY u.anc" + groupDepth + ", u.kind")
			.param("unit", unitId)
			.query(SiteHealthRepository::counts)
			.list();
	}

	/**
	 * Buildings or social organisations attached in the subtree, and those with a live
	 * site.
	 * @param table {@code org_building} or {@code org_social_organisation}
	 * @param ownerKind the site owner kind that names them
	 */
	public List<Counts> attached(String table, String ownerKind, long unitId, int depth, int groupDepth) {
		return this.jdbc
			.sql("SELECT u.anc" + groupDepth + " AS grp, '" + ownerKind + "' AS kind, COUNT(*) AS total,"
					+ " COUNT(s.id) AS live FROM " + table + " o JOIN org_unit u ON u.id = o.unit_id"
					+ " LEFT JOIN site_site s ON s.owner_kind = :kind AND s.owner_id = o.id AND s.state = 'LIVE'"
					+ " WHERE u.anc" + depth + " = :unit GROUP BY u.anc" + groupDepth)
			.param("kind", ownerKind)
			.param("unit", unitId)
			.query(SiteHealthRepository::counts)
			.list();
	}

	/**
	 * Live sites, and those whose latest visible article was published since each bound.
	 */
	public List<Freshness> freshness(long unitId, int depth, int groupDepth, Instant now, Instant since30,
			Instant since90) {
		return this.jdbc
			.sql("SELECT x.grp AS grp, COUNT(*) AS live,"
					+ " SUM(CASE WHEN x.last_at >= :since30 THEN 1 ELSE 0 END) AS within30,"
					+ " SUM(CASE WHEN x.last_at >= :since90 THEN 1 ELSE 0 END) AS within90"
					+ " FROM (SELECT s.id AS id, u.anc" + groupDepth + " AS grp, MAX(" + PUBLICATION + ") AS last_at"
					+ " FROM site_site s JOIN org_unit u ON u.id = s.unit_id LEFT JOIN site_article a"
					+ " ON a.site_id = s.id AND" + VISIBLE + " WHERE s.state = 'LIVE' AND u.anc" + depth
					+ " = :unit GROUP BY s.id, u.anc" + groupDepth + ") x GROUP BY x.grp")
			.param("since30", Timestamp.from(since30))
			.param("since90", Timestamp.from(since90))
			.param("now", Timestamp.from(now))
			.param("unit", unitId)
			.query((rs, row) -> new Freshness(group(rs), rs.getLong("live"), rs.getLong("within30"),
					rs.getLong("within90")))
			.list();
	}

	/** Visible articles in the services columns of live community sites. */
	public List<Counts> serviceItems(long unitId, int depth, int groupDepth, Instant now) {
		return this.jdbc
			.sql("SELECT u.anc" + groupDepth + " AS grp, 'SERVICES' AS kind, COUNT(*) AS total, COUNT(*) AS live"
					+ " FROM site_article a JOIN site_column c ON c.id = a.column_id AND c.kind = 'SERVICES'"
					+ " JOIN site_site s ON s.id = a.site_id AND s.state = 'LIVE' AND s.category = 'COMMUNITY'"
					+ " JOIN org_unit u ON u.id = s.unit_id WHERE" + VISIBLE + " AND u.anc" + depth + " = :unit"
					+ " GROUP BY u.anc" + groupDepth)
			.param("now", Timestamp.from(now))
			.param("unit", unitId)
			.query(SiteHealthRepository::counts)
			.list();
	}

	/** The site's columns with their visible articles and the latest publication. */
	public List<ColumnFigures> columns(long siteId, Instant now) {
		return this.jdbc.sql("SELECT c.id, c.name, c.kind, c.sort, p.parent_id, COUNT(a.id) AS articles, MAX("
				+ PUBLICATION + ") AS last_at FROM site_column c"
				+ " LEFT JOIN (SELECT DISTINCT parent_id FROM site_column WHERE site_id = :site"
				+ " AND parent_id IS NOT NULL) p ON p.parent_id = c.id"
				+ " LEFT JOIN site_article a ON a.column_id = c.id AND" + VISIBLE
				+ " WHERE c.site_id = :site GROUP BY c.id, c.name, c.kind, c.sort, p.parent_id ORDER BY c.sort, c.id")
			.param("site", siteId)
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new ColumnFigures(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
					rs.getObject("parent_id") != null, rs.getLong("articles"), instant(rs, "last_at")))
			.list();
	}

	/**
	 * Live sites of the subtree by code, with their last check and their leaf columns
	 * without a visible article (empty) or without one since {@code staleBefore}.
	 */
	public List<SiteFigures> sites(long unitId, int depth, Instant now, Instant staleBefore, int limit) {
		String inSubtree = "SELECT s2.id FROM site_site s2 JOIN org_unit u2 ON u2.id = s2.unit_id WHERE u2.anc" + depth
				+ " = :unit";
		return this.jdbc
			.sql("SELECT s.id, s.code, s.title, s.category, s.unit_id, k.links, k.dead_links, k.images_without_alt,"
					+ " k.checked_at, e.empty_columns, e.stale_columns FROM site_site s"
					+ " JOIN org_unit u ON u.id = s.unit_id LEFT JOIN site_check k ON k.site_id = s.id"
					+ " LEFT JOIN (SELECT x.site_id, SUM(CASE WHEN x.n = 0 THEN 1 ELSE 0 END) AS empty_columns,"
					+ " SUM(CASE WHEN x.n > 0 AND x.last_at < :stale THEN 1 ELSE 0 END) AS stale_columns"
					+ " FROM (SELECT c.site_id, c.id, COUNT(a.id) AS n, MAX(" + PUBLICATION + ") AS last_at"
					+ " FROM site_column c LEFT JOIN site_article a ON a.column_id = c.id AND" + VISIBLE
					+ " WHERE c.site_id IN (" + inSubtree + ") AND NOT EXISTS (SELECT 1 FROM site_column k2"
					+ " WHERE k2.parent_id = c.id) GROUP BY c.site_id, c.id) x GROUP BY x.site_id) e"
					+ " ON e.site_id = s.id WHERE s.state = 'LIVE' AND u.anc" + depth + " = :unit"
					+ " ORDER BY s.code LIMIT :limit")
			.param("stale", Timestamp.from(staleBefore))
			.param("now", Timestamp.from(now))
			.param("unit", unitId)
			.param("limit", limit)
			.query((rs, row) -> new SiteFigures(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
					rs.getString("category"), rs.getLong("unit_id"), rs.getInt("links"), rs.getInt("dead_links"),
					rs.getInt("images_without_alt"), instant(rs, "checked_at"), rs.getInt("empty_columns"),
					rs.getInt("stale_columns")))
			.list();
	}

	/** The ids of the live sites, in id order. */
	public List<Long> liveSites() {
		return this.jdbc.sql("SELECT id FROM site_site WHERE state = 'LIVE' ORDER BY id").query(Long.class).list();
	}

	/**
	 * Hands the published copy of each of the site's published articles to the action.
	 */
	public void forEachPublishedBody(long siteId, BiConsumer<Long, String> action) {
		this.jdbc
			.sql("SELECT id, published_body FROM site_article WHERE site_id = ? AND is_published = TRUE"
					+ " AND published_body IS NOT NULL ORDER BY id")
			.param(siteId)
			.query((ResultSet rs) -> {
				action.accept(rs.getLong("id"), rs.getString("published_body"));
			});
	}

	/** Replaces the site's recorded links and its check summary. */
	public void replaceLinks(long siteId, List<Link> links, int imagesWithoutAlt, Instant now) {
		this.jdbc.sql("DELETE FROM site_link WHERE site_id = ?").param(siteId).update();
		for (Link link : links) {
			this.jdbc
				.sql("INSERT INTO site_link (site_id, article_id, url, internal, outcome, http_status, checked_at)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(siteId, link.articleId(), link.url(), link.internal(), link.outcome(), link.status(),
						Timestamp.from(link.checkedAt()))
				.update();
		}
		int dead = (int) links.stream().filter((link) -> DEAD.contains(link.outcome())).count();
		this.jdbc.sql("DELETE FROM site_check WHERE site_id = ?").param(siteId).update();
		this.jdbc
			.sql("INSERT INTO site_check (site_id, links, dead_links, images_without_alt, checked_at)"
					+ " VALUES (?, ?, ?, ?, ?)")
			.params(siteId, links.size(), dead, imagesWithoutAlt, Timestamp.from(now))
			.update();
	}

	private static final List<String> DEAD = List.of("BROKEN", "UNREACHABLE", "MALFORMED", "INTERNAL_BROKEN");

	/** The site's recorded links, dead ones first. */
	public List<Link> links(long siteId) {
		return this.jdbc
			.sql("SELECT article_id, url, internal, outcome, http_status, checked_at FROM site_link WHERE site_id = ?"
					+ " ORDER BY CASE WHEN outcome IN ('BROKEN', 'UNREACHABLE', 'MALFORMED', 'INTERNAL_BROKEN')"
					+ " THEN 0 ELSE 1 END, article_id, id")
			.param(siteId)
			.query((rs, row) -> new Link(rs.getLong("article_id"), rs.getString("url"), rs.getBoolean("internal"),
					rs.getString("outcome"), (Integer) rs.getObject("http_status", Integer.class),
					instant(rs, "checked_at")))
			.list();
	}

	/** When the site was last checked, or {@code null}. */
	public Instant checkedAt(long siteId) {
		return this.jdbc.sql("SELECT checked_at FROM site_check WHERE site_id = ?")
			.param(siteId)
			.query((rs, row) -> instant(rs, "checked_at"))
			.optional()
			.orElse(null);
	}

	private static Counts counts(ResultSet rs, int row) throws SQLException {
		return new Counts(group(rs), rs.getString("kind"), rs.getLong("total"), rs.getLong("live"));
	}

	private static Long group(ResultSet rs) throws SQLException {
		long group = rs.getLong("grp");
		return rs.wasNull() ? null : group;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
