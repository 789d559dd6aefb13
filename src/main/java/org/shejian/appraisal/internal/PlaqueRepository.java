package org.shejian.appraisal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.shejian.appraisal.Plaque;
import org.shejian.appraisal.SiteCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plaques awarded, never deleted.
 */
@Repository
public class PlaqueRepository {

	private static final String PLAQUE = "SELECT site_id, category, plaque_year, site_rank, awarded_at, withdrawn_at"
			+ " FROM apr_plaque";

	private final JdbcClient jdbc;

	PlaqueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void award(long siteId, SiteCategory category, int year, long campaignId, int rank, Instant now) {
		this.jdbc
			.sql("INSERT INTO apr_plaque (site_id, category, plaque_year, campaign_id, site_rank, awarded_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(siteId, category.name(), year, campaignId, rank, Timestamp.from(now))
			.update();
	}

	/** The plaques of a category standing before a year, the holders to re-evaluate. */
	public List<Plaque> standing(SiteCategory category, int beforeYear) {
		return this.jdbc
			.sql(PLAQUE
					+ " WHERE category = ? AND plaque_year < ? AND withdrawn_at IS NULL ORDER BY site_id, plaque_year")
			.params(category.name(), beforeYear)
			.query(PlaqueRepository::plaque)
			.list();
	}

	/** Withdraws a site's standing plaques of a category from before a year. */
	public int withdraw(long siteId, SiteCategory category, int beforeYear, Instant now) {
		return this.jdbc
			.sql("UPDATE apr_plaque SET withdrawn_at = ? WHERE site_id = ? AND category = ? AND plaque_year < ?"
					+ " AND withdrawn_at IS NULL")
			.params(Timestamp.from(now), siteId, category.name(), beforeYear)
			.update();
	}

	/** A site's plaques, the latest year first. */
	public List<Plaque> ofSite(long siteId) {
		return this.jdbc.sql(PLAQUE + " WHERE site_id = ? ORDER BY plaque_year DESC")
			.param(siteId)
			.query(PlaqueRepository::plaque)
			.list();
	}

	/** The plaques awarded in a category, the latest year first, then by rank. */
	public List<Plaque> ofCategory(SiteCategory category) {
		return this.jdbc.sql(PLAQUE + " WHERE category = ? ORDER BY plaque_year DESC, site_rank, site_id")
			.param(category.name())
			.query(PlaqueRepository::plaque)
			.list();
	}

	private static Plaque plaque(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new Plaque(rs.getLong("site_id"), SiteCategory.valueOf(rs.getString("category")),
				rs.getInt("plaque_year"), rs.getInt("site_rank"), rs.getTimestamp("awarded_at").toInstant(),
				(withdrawn != null) ? withdrawn.toInstant() : null);
	}

}
