package org.shejian.map.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.shejian.map.Campaign;
import org.shejian.map.CampaignProgress;
import org.shejian.map.CampaignTask;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Collection campaigns and their tasks in the database.
 */
@Repository
public class CampaignRepository {

	private static final String CAMPAIGN = "SELECT id, title, instructions, scope_unit_id, streets, communities,"
			+ " deadline, opened_by, opened_at, closed_at, version FROM map_campaign";

	private static final String TASK = "SELECT t.campaign_id, t.unit_id, u.code, u.name, t.district_id, t.submitted_at,"
			+ " t.submitted_by, t.services, t.note, t.reminded_at, t.reminders, t.version"
			+ " FROM map_campaign_task t JOIN org_unit u ON u.id = t.unit_id";

	private final JdbcClient jdbc;

	CampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(Campaign campaign) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO map_campaign (title, instructions, scope_unit_id, streets, communities, deadline,"
					+ " opened_by, opened_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(campaign.title(), campaign.instructions(), campaign.scopeUnitId(), campaign.streets(),
					campaign.communities(), campaign.deadline(), campaign.openedBy(),
					Timestamp.from(campaign.openedAt()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Asks every current street-level (township level) and community-level (village
	 * level) unit of the scope, as the campaign says, each with its district: the parent
	 * of a street, the grandparent of a community.
	 * @return the number of tasks
	 */
	public int createTasks(long campaignId, long scopeUnitId, int scopeDepth, boolean streets, boolean communities) {
		int created = 0;
		String within = " AND u.anc" + scopeDepth + " = ? AND u.valid_to IS NULL";
		if (streets) {
			created += this.jdbc
				.sql("INSERT INTO map_campaign_task (campaign_id, unit_id, district_id, reminders, version)"
						+ " SELECT ?, u.id, u.parent_id, 0, 0 FROM org_unit u WHERE u.unit_level = 'TOWNSHIP'" + within)
				.params(campaignId, scopeUnitId)
				.update();
		}
		if (communities) {
			created += this.jdbc
				.sql("INSERT INTO map_campaign_task (campaign_id, unit_id, district_id, reminders, version)"
						+ " SELECT ?, u.id, p.parent_id, 0, 0 FROM org_unit u JOIN org_unit p ON p.id = u.parent_id"
						+ " WHERE u.unit_level = 'VILLAGE'" + within)
				.params(campaignId, scopeUnitId)
				.update();
		}
		return created;
	}

	public Optional<Campaign> campaign(long id) {
		return this.jdbc.sql(CAMPAIGN + " WHERE id = ?").param(id).query(CampaignRepository::campaign).optional();
	}

	/**
	 * Campaigns whose scope lies within the unit's subtree or contains the unit, newest
	 * first.
	 */
	public List<Campaign> campaignsTouching(long unitId, int depth) {
		return this.jdbc
			.sql(CAMPAIGN + " c WHERE scope_unit_id IN (SELECT id FROM org_unit WHERE anc" + depth + " = ?)"
					+ " OR EXISTS (SELECT 1 FROM org_unit m WHERE m.id = ? AND c.scope_unit_id IN"
					+ " (m.anc0, m.anc1, m.anc2, m.anc3, m.anc4)) ORDER BY opened_at DESC, id DESC")
			.params(unitId, unitId)
			.query(CampaignRepository::campaign)
			.list();
	}

	public boolean close(long id, int version, Instant at) {
		return this.jdbc
			.sql("UPDATE map_campaign SET closed_at = ?, version = version + 1 WHERE id = ? AND version = ?"
					+ " AND closed_at IS NULL")
			.params(Timestamp.from(at), id, version)
			.update() == 1;
	}

	public Optional<CampaignTask> task(long campaignId, long unitId) {
		return this.jdbc.sql(TASK + " WHERE t.campaign_id = ? AND t.unit_id = ?")
			.params(campaignId, unitId)
			.query(CampaignRepository::task)
			.optional();
	}

	/** The open campaigns' tasks of one unit. */
	public List<CampaignTask> tasksOf(long unitId) {
		return this.jdbc
			.sql(TASK + " JOIN map_campaign c ON c.id = t.campaign_id WHERE t.unit_id = ? AND c.closed_at IS NULL"
					+ " ORDER BY c.deadline, c.id")
			.param(unitId)
			.query(CampaignRepository::task)
			.list();
	}

	/**
	 * Tasks of a campaign within a subtree, optionally only those not submitted, by code.
	 */
	public List<CampaignTask> tasksWithin(long campaignId, long unitId, int depth, boolean outstandingOnly, int offset,
			int limit) {
		return this.jdbc
			.sql(TASK + " WHERE t.campaign_id = ? AND u.anc" + depth + " = ?"
					+ (outstandingOnly ? " AND t.submitted_at IS NULL" : "") + " ORDER BY u.code LIMIT ? OFFSET ?")
			.params(campaignId, unitId, limit, offset)
			.query(CampaignRepository::task)
			.list();
	}

	public boolean submit(long campaignId, long unitId, int version, Instant at, String by, int services, String note) {
		return this.jdbc
			.sql("UPDATE map_campaign_task SET submitted_at = ?, submitted_by = ?, services = ?, note = ?,"
					+ " version = version + 1 WHERE campaign_id = ? AND unit_id = ? AND version = ?"
					+ " AND submitted_at IS NULL")
			.params(Timestamp.from(at), by, services, note, campaignId, unitId, version)
			.update() == 1;
	}

	/**
	 * How many service items the unit offers: under review, or published (a published
	 * item whose change is being drafted still counts).
	 */
	public int servicesOffered(long unitId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM map_entry WHERE unit_id = ? AND kind = 'SERVICE'"
					+ " AND (state = 'REPORTED' OR is_published = TRUE)")
			.param(unitId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Marks every outstanding task of the campaign within the subtree as reminded.
	 * @return how many were reminded
	 */
	public int remind(long campaignId, long unitId, int depth, Instant at) {
		return this.jdbc
			.sql("UPDATE map_campaign_task SET reminded_at = ?, reminders = reminders + 1, version = version + 1"
					+ " WHERE campaign_id = ? AND submitted_at IS NULL"
					+ " AND unit_id IN (SELECT id FROM org_unit WHERE anc" + depth + " = ?)")
			.params(Timestamp.from(at), campaignId, unitId)
			.update();
	}

	/**
	 * Progress by district within a subtree: asked, on time, late, outstanding. A task
	 * submitted on the deadline day (Beijing time) is on time: its instant is before the
	 * start of the next day there.
	 */
	public List<CampaignProgress> progressByDistrict(long campaignId, long unitId, int depth, Instant endOfDeadline) {
		Timestamp end = Timestamp.from(endOfDeadline);
		return this.jdbc
			.sql("SELECT d.id, d.name, COUNT(*),"
					+ " SUM(CASE WHEN t.submitted_at IS NOT NULL AND t.submitted_at < ? THEN 1 ELSE 0 END),"
					+ " SUM(CASE WHEN t.submitted_at >= ? THEN 1 ELSE 0 END),"
					+ " SUM(CASE WHEN t.submitted_at IS NULL THEN 1 ELSE 0 END)"
					+ " FROM map_campaign_task t JOIN org_unit d ON d.id = t.district_id"
					+ " WHERE t.campaign_id = ? AND t.unit_id IN (SELECT id FROM org_unit WHERE anc" + depth + " = ?)"
					+ " GROUP BY d.id, d.name, d.code ORDER BY d.code")
			.params(end, end, campaignId, unitId)
			.query((rs, row) -> new CampaignProgress(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.list();
	}

	private static Campaign campaign(ResultSet rs, int row) throws SQLException {
		return new Campaign(rs.getLong("id"), rs.getString("title"), rs.getString("instructions"),
				rs.getLong("scope_unit_id"), rs.getBoolean("streets"), rs.getBoolean("communities"),
				rs.getObject("deadline", LocalDate.class), rs.getString("opened_by"), instant(rs, "opened_at"),
				instant(rs, "closed_at"), rs.getInt("version"));
	}

	private static CampaignTask task(ResultSet rs, int row) throws SQLException {
		Integer services = rs.getObject(8, Integer.class);
		return new CampaignTask(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				instant(rs, "submitted_at"), rs.getString(7), services, rs.getString(9), instant(rs, "reminded_at"),
				rs.getInt(11), rs.getInt(12));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
