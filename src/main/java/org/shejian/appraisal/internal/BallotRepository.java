package org.shejian.appraisal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ballots, keyed by campaign, site and the voter's pseudonym. Only aggregates and
 * comments without their ballot are read back.
 */
@Repository
public class BallotRepository {

	private static final String OPEN = "finalised_at IS NULL AND opens_at <= ? AND closes_at > ?";

	private final JdbcClient jdbc;

	BallotRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a ballot while its campaign is open, replacing the voter's earlier one on
	 * the site. Runs outside a transaction: when a parallel twin inserts first, the
	 * unique key refuses this insert and the update that follows replaces the twin, so
	 * both succeed and one row remains.
	 * @return whether it was stored ({@code false} when the campaign is not open)
	 */
	public boolean put(long campaignId, long siteId, String voter, int rating, String comment, Instant now) {
		if (update(campaignId, siteId, voter, rating, comment, now)) {
			return true;
		}
		Timestamp at = Timestamp.from(now);
		try {
			return this.jdbc
				.sql("INSERT INTO apr_ballot (campaign_id, site_id, voter, rating, comment, updated_at)"
						+ " SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS VARCHAR(64)), CAST(? AS INTEGER),"
						+ " CAST(? AS VARCHAR(2000)), CAST(? AS TIMESTAMP WITH TIME ZONE)"
						+ " FROM apr_campaign WHERE id = ? AND " + OPEN)
				.params(campaignId, siteId, voter, rating, comment, at, campaignId, at, at)
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return update(campaignId, siteId, voter, rating, comment, now);
		}
	}

	private boolean update(long campaignId, long siteId, String voter, int rating, String comment, Instant now) {
		Timestamp at = Timestamp.from(now);
		return this.jdbc
			.sql("UPDATE apr_ballot SET rating = ?, comment = ?, updated_at = ?"
					+ " WHERE campaign_id = ? AND site_id = ? AND voter = ?"
					+ " AND EXISTS (SELECT 1 FROM apr_campaign WHERE id = ? AND " + OPEN + ")")
			.params(rating, comment, at, campaignId, siteId, voter, campaignId, at, at)
			.update() > 0;
	}

	/** The count and sum of ratings per site of a campaign. */
	public List<Tally> tallies(long campaignId) {
		return this.jdbc
			.sql("SELECT site_id, COUNT(*) AS n, SUM(rating) AS total FROM apr_ballot WHERE campaign_id = ?"
					+ " GROUP BY site_id")
			.param(campaignId)
			.query((rs, row) -> new Tally(rs.getLong("site_id"), rs.getLong("n"), rs.getLong("total")))
			.list();
	}

	/** The comments on a site, in text order so that the order tells nothing. */
	public List<String> comments(long campaignId, long siteId) {
		return this.jdbc
			.sql("SELECT comment FROM apr_ballot WHERE campaign_id = ? AND site_id = ? AND comment IS NOT NULL"
					+ " ORDER BY comment")
			.params(campaignId, siteId)
			.query(String.class)
			.list();
	}

	/** The ballots of one site in one campaign. */
	public record Tally(long siteId, long count, long sum) {
	}

}
