package org.shejian.organisation.attached;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Buildings and social organisations in the database.
 */
@Repository
class AttachedRepository {

	private static final String BUILDING = "SELECT id, unit_id, name, address, has_station, union_post, party_post,"
			+ " service_post, station_opened, version FROM org_building";

	private static final String SOCIAL = "SELECT id, unit_id, name, category, credit_code, organisation_code, hub,"
			+ " hub_field, hub_level, hub_id, version FROM org_social_organisation";

	private final JdbcClient jdbc;

	AttachedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Building> building(long id) {
		return this.jdbc.sql(BUILDING + " WHERE id = ?").param(id).query(AttachedRepository::building).optional();
	}

	/** Buildings attached to the unit or anywhere below it. */
	List<Building> buildingsWithin(long unitId, int depth, int offset, int limit) {
		return this.jdbc
			.sql(BUILDING + " b WHERE unit_id IN (SELECT id FROM org_unit WHERE anc" + depth + " = ?)"
					+ " ORDER BY name, id LIMIT ? OFFSET ?")
			.params(unitId, limit, offset)
			.query(AttachedRepository::building)
			.list();
	}

	long insert(Building building, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO org_building (unit_id, name, address, has_station, union_post, party_post,"
					+ " service_post, station_opened, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
			.params(building.unitId(), building.name(), building.address(), building.hasStation(), building.unionPost(),
					building.partyPost(), building.servicePost(), building.stationOpened(), Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean update(Building building, Instant now) {
		return this.jdbc
			.sql("UPDATE org_building SET unit_id = ?, name = ?, address = ?, has_station = ?, union_post = ?,"
					+ " party_post = ?, service_post = ?, station_opened = ?, version = version + 1, updated_at = ?"
					+ " WHERE id = ? AND version = ?")
			.params(building.unitId(), building.name(), building.address(), building.hasStation(), building.unionPost(),
					building.partyPost(), building.servicePost(), building.stationOpened(), Timestamp.from(now),
					building.id(), building.version())
			.update() == 1;
	}

	Optional<SocialOrganisation> social(long id) {
		return this.jdbc.sql(SOCIAL + " WHERE id = ?").param(id).query(AttachedRepository::social).optional();
	}

	Optional<SocialOrganisation> socialByCreditCode(String creditCode) {
		return this.jdbc.sql(SOCIAL + " WHERE credit_code = ?")
			.param(creditCode)
			.query(AttachedRepository::social)
			.optional();
	}

	List<SocialOrganisation> socialWithin(long unitId, int depth, int offset, int limit) {
		return this.jdbc
			.sql(SOCIAL + " s WHERE unit_id IN (SELECT id FROM org_unit WHERE anc" + depth + " = ?)"
					+ " ORDER BY name, id LIMIT ? OFFSET ?")
			.params(unitId, limit, offset)
			.query(AttachedRepository::social)
			.list();
	}

	List<SocialOrganisation> hubs() {
		return this.jdbc.sql(SOCIAL + " WHERE hub = TRUE ORDER BY name").query(AttachedRepository::social).list();
	}

	long insert(SocialOrganisation organisation, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO org_social_organisation (unit_id, name, category, credit_code, organisation_code, hub,"
					+ " hub_field, hub_level, hub_id, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
			.params(organisation.unitId(), organisation.name(), organisation.category().name(),
					organisation.creditCode(), organisation.organisationCode(), organisation.hub(),
					organisation.hubField(), (organisation.hubLevel() != null) ? organisation.hubLevel().name() : null,
					organisation.hubId(), Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean update(SocialOrganisation organisation, Instant now) {
		return this.jdbc
			.sql("UPDATE org_social_organisation SET unit_id = ?, name = ?, category = ?, credit_code = ?,"
					+ " organisation_code = ?, hub = ?, hub_field = ?, hub_level = ?, hub_id = ?,"
					+ " version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
			.params(organisation.unitId(), organisation.name(), organisation.category().name(),
					organisation.creditCode(), organisation.organisationCode(), organisation.hub(),
					organisation.hubField(), (organisation.hubLevel() != null) ? organisation.hubLevel().name() : null,
					organisation.hubId(), Timestamp.from(now), organisation.id(), organisation.version())
			.update() == 1;
	}

	private static Building building(ResultSet rs, int row) throws SQLException {
		return new Building(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"), rs.getString("address"),
				rs.getBoolean("has_station"), rs.getBoolean("union_post"), rs.getBoolean("party_post"),
				rs.getBoolean("service_post"), rs.getObject("station_opened", LocalDate.class), rs.getInt("version"));
	}

	private static SocialOrganisation social(ResultSet rs, int row) throws SQLException {
		String hubLevel = rs.getString("hub_level");
		long hubId = rs.getLong("hub_id");
		Long hub = rs.wasNull() ? null : hubId;
		return new SocialOrganisation(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
				SocialOrganisation.Category.valueOf(rs.getString("category")), rs.getString("credit_code"),
				rs.getString("organisation_code"), rs.getBoolean("hub"), rs.getString("hub_field"),
				(hubLevel != null) ? SocialOrganisation.HubLevel.valueOf(hubLevel) : null, hub, rs.getInt("version"));
	}

}
