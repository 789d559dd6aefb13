package org.shejian.appraisal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shejian.appraisal.Campaign;
import org.shejian.appraisal.SiteCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The campaigns of the appraisal.
 */
@Repository
public class AppraisalCampaignRepository {

	private static final String CAMPAIGN = "SELECT id, category, campaign_year, title, opens_at, closes_at, award_count,"
			+ " min_ballots, finalised_at, version FROM apr_campaign";

	private final JdbcClient jdbc;

	AppraisalCampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(Campaign campaign) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(
				"INSERT INTO apr_campaign (category, campaign_year, title, opens_at, closes_at, award_count, min_ballots,"
						+ " version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
			.params(campaign.category().name(), campaign.year(), campaign.title(), Timestamp.from(campaign.opensAt()),
					Timestamp.from(campaign.closesAt()), campaign.awardCount(), campaign.minBallots())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Changes a campaign that has not opened yet, when its version is still the one
	 * given.
	 */
	public boolean update(Campaign campaign, Instant now) {
		return this.jdbc
			.sql("UPDATE apr_campaign SET campaign_year = ?, title = ?, opens_at = ?, closes_at = ?, award_count = ?,"
					+ " min_ballots = ?, version = version + 1 WHERE id = ? AND version = ? AND opens_at > ?")
			.params(campaign.year(), campaign.title(), Timestamp.from(campaign.opensAt()),
					Timestamp.from(campaign.closesAt()), campaign.awardCount(), campaign.minBallots(), campaign.id(),
					campaign.version(), Timestamp.from(now))
			.update() == 1;
	}

	/** Marks a campaign finalised, closing it at that instant when it was still open. */
	public boolean finalise(long id, Instant now) {
		Timestamp at = Timestamp.from(now);
		return this.jdbc
			.sql("UPDATE apr_campaign SET finalised_at = ?, closes_at = CASE WHEN closes_at > ? THEN ? ELSE closes_at"
					+ " END, version = version + 1 WHERE id = ? AND finalised_at IS NULL AND opens_at <= ?")
			.params(at, at, at, id, at)
			.update() == 1;
	}

	public Optional<Campaign> find(long id) {
		return this.jdbc.sql(CAMPAIGN + " WHERE id = ?")
			.param(id)
			.query(AppraisalCampaignRepository::campaign)
			.optional();
	}

	/** Takes the row lock of a campaign, so that its finalising runs once. */
	public Optional<Campaign> lock(long id) {
		return this.jdbc.sql(CAMPAIGN + " WHERE id = ? FOR UPDATE")
			.param(id)
			.query(AppraisalCampaignRepository::campaign)
			.optional();
	}

	public boolean exists(SiteCategory category, int year) {
		return this.jdbc.sql("SELECT COUNT(*) FROM apr_campaign WHERE category = ? AND campaign_year = ?")
			.params(category.name(), year)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether a campaign of the category for a later year has been finalised. */
	public boolean laterFinalised(SiteCategory category, int year) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM apr_campaign WHERE category = ? AND campaign_year > ? AND finalised_at IS NOT NULL")
			.params(category.name(), year)
			.query(Long.class)
			.single() > 0;
	}

	/** Every campaign, the latest years first. */
	public List<Campaign> all() {
		return this.jdbc.sql(CAMPAIGN + " ORDER BY campaign_year DESC, category, id")
			.query(AppraisalCampaignRepository::campaign)
			.list();
	}

	/** The campaigns open at an instant. */
	public List<Campaign> openAt(Instant now) {
		Timestamp at = Timestamp.from(now);
		return this.jdbc
			.sql(CAMPAIGN + " WHERE opens_at <= ? AND closes_at > ? AND finalised_at IS NULL ORDER BY closes_at, id")
			.params(at, at)
			.query(AppraisalCampaignRepository::campaign)
			.list();
	}

	private static Campaign campaign(ResultSet rs, int row) throws SQLException {
		Timestamp finalised = rs.getTimestamp("finalised_at");
		return new Campaign(rs.getLong("id"), SiteCategory.valueOf(rs.getString("category")),
				rs.getInt("campaign_year"), rs.getString("title"), rs.getTimestamp("opens_at").toInstant(),
				rs.getTimestamp("closes_at").toInstant(), rs.getInt("award_count"), rs.getInt("min_ballots"),
				(finalised != null) ? finalised.toInstant() : null, rs.getInt("version"));
	}

}
