package org.shejian.sites.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.shejian.sites.ColumnKind;
import org.shejian.sites.OwnerKind;
import org.shejian.sites.Site;
import org.shejian.sites.SiteCategory;
import org.shejian.sites.SiteColumn;
import org.shejian.sites.SiteState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Sites and their columns.
 */
@Repository
public class SiteRepository {

	private static final String SITE = "SELECT id, owner_kind, owner_id, category, unit_id, code, host_name, title,"
			+ " main_colour, accent_colour, logo_url, contact, state, updated_at, version FROM site_site";

	private static final String COLUMN = "SELECT id, site_id, parent_id, name, kind, sort FROM site_column";

	private final JdbcClient jdbc;

	SiteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Site> find(long id) {
		return this.jdbc.sql(SITE + " WHERE id = ?").param(id).query(SiteRepository::site).optional();
	}

	public Optional<Site> byCode(String code) {
		return this.jdbc.sql(SITE + " WHERE code = ?").param(code).query(SiteRepository::site).optional();
	}

	public Optional<Site> byHost(String hostName) {
		return this.jdbc.sql(SITE + " WHERE host_name = ?").param(hostName).query(SiteRepository::site).optional();
	}

	public Optional<Site> byOwner(OwnerKind kind, long ownerId) {
		return this.jdbc.sql(SITE + " WHERE owner_kind = ? AND owner_id = ?")
			.params(kind.name(), ownerId)
			.query(SiteRepository::site)
			.optional();
	}

	/** Sites whose unit meets the condition (on {@code unit_id}), by code. */
	public List<Site> within(String unitCondition, int offset, int limit) {
		return this.jdbc.sql(SITE + " WHERE " + unitCondition + " ORDER BY code LIMIT ? OFFSET ?")
			.params(limit, offset)
			.query(SiteRepository::site)
			.list();
	}

	/**
	 * Live sites whose unit meets the condition (on {@code unit_id}), by category and
	 * code.
	 */
	public List<Site> liveWithin(String unitCondition, int limit) {
		return this.jdbc.sql(SITE + " WHERE state = 'LIVE' AND " + unitCondition + " ORDER BY category, code LIMIT ?")
			.param(limit)
			.query(SiteRepository::site)
			.list();
	}

	/** How many live sites have a unit that meets the condition (on {@code unit_id}). */
	public long countLiveWithin(String unitCondition) {
		return this.jdbc.sql("SELECT COUNT(*) FROM site_site WHERE state = 'LIVE' AND " + unitCondition)
			.query(Long.class)
			.single();
	}

	public List<Site> inState(SiteState state, SiteCategory category) {
		return this.jdbc
			.sql(SITE + " WHERE state = ?" + ((category != null) ? " AND category = '" + category.name() + "'" : "")
					+ " ORDER BY code")
			.param(state.name())
			.query(SiteRepository::site)
			.list();
	}

	/** Which of the units already own a site. */
	public Set<Long> unitsWithSites(Collection<Long> unitIds) {
		Set<Long> owners = new HashSet<>();
		List<Long> ids = List.copyOf(unitIds);
		for (int from = 0; from < ids.size(); from += 500) {
			owners
				.addAll(this.jdbc.sql("SELECT owner_id FROM site_site WHERE owner_kind = 'UNIT' AND owner_id IN (:ids)")
					.param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
					.query(Long.class)
					.list());
		}
		return owners;
	}

	public long insert(Site site, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO site_site (owner_kind, owner_id, category, template, unit_id, code, host_name, title,"
					+ " main_colour, accent_colour, logo_url, contact, state, created_at, updated_at, version)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(site.ownerKind().name(), site.ownerId(), site.category().name(), site.category().name(),
					site.unitId(), site.code(), site.hostName(), site.title(), site.mainColour(), site.accentColour(),
					site.logoUrl(), site.contact(), site.state().name(), Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Changes settings and state, if the version is still the stored one. */
	public boolean update(Site site, Instant now) {
		return this.jdbc
			.sql("UPDATE site_site SET host_name = ?, title = ?, main_colour = ?, accent_colour = ?, logo_url = ?,"
					+ " contact = ?, state = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(site.hostName(), site.title(), site.mainColour(), site.accentColour(), site.logoUrl(),
					site.contact(), site.state().name(), Timestamp.from(now), site.id(), site.version())
			.update() == 1;
	}

	public List<SiteColumn> columns(long siteId) {
		return this.jdbc.sql(COLUMN + " WHERE site_id = ? ORDER BY sort, id")
			.param(siteId)
			.query(SiteRepository::column)
			.list();
	}

	public Optional<SiteColumn> column(long id) {
		return this.jdbc.sql(COLUMN + " WHERE id = ?").param(id).query(SiteRepository::column).optional();
	}

	public long insertColumn(long siteId, Long parentId, String name, ColumnKind kind, int sort) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO site_column (site_id, parent_id, name, kind, sort) VALUES (?, ?, ?, ?, ?)")
			.params(siteId, parentId, name, kind.name(), sort)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public int nextColumnSort(long siteId) {
		return this.jdbc.sql("SELECT COALESCE(MAX(sort), 0) + 10 FROM site_column WHERE site_id = ?")
			.param(siteId)
			.query(Integer.class)
			.single();
	}

	private static Site site(ResultSet rs, int row) throws SQLException {
		return new Site(rs.getLong("id"), OwnerKind.valueOf(rs.getString("owner_kind")), rs.getLong("owner_id"),
				SiteCategory.valueOf(rs.getString("category")), rs.getLong("unit_id"), rs.getString("code"),
				rs.getString("host_name"), rs.getString("title"), rs.getString("main_colour"),
				rs.getString("accent_colour"), rs.getString("logo_url"), rs.getString("contact"),
				SiteState.valueOf(rs.getString("state")), rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"));
	}

	private static SiteColumn column(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new SiteColumn(rs.getLong("id"), rs.getLong("site_id"), parentId, rs.getString("name"),
				ColumnKind.valueOf(rs.getString("kind")), rs.getInt("sort"));
	}

}
