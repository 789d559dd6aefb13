package org.shejian.map.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.shejian.map.Entry;
import org.shejian.map.EntryAction;
import org.shejian.map.EntryDetails;
import org.shejian.map.EntryEvent;
import org.shejian.map.EntryKind;
import org.shejian.map.EntryState;
import org.shejian.map.MapLevel;
import org.shejian.shared.geo.GeoPoint;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Working copies of map entries and their events.
 */
@Repository
public class EntryRepository {

	private static final String ENTRY = "SELECT id, kind, unit_id, layer_id, title, state, held_level, pending_action,"
			+ " lat, lng, point_district, district_flag, last_verified, details, is_published, updated_at, version"
			+ " FROM map_entry e";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EntryRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<Entry> find(long id) {
		return this.jdbc.sql(ENTRY + " WHERE id = ?").param(id).query(this::entry).optional();
	}

	/** Entries whose unit meets the condition, in the state when one is given. */
	public List<Entry> within(String unitCondition, EntryState state, int offset, int limit) {
		String where = " WHERE " + unitCondition + ((state != null) ? " AND state = ?" : "");
		var statement = this.jdbc.sql(ENTRY + where + " ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?");
		if (state != null) {
			statement = statement.param(state.name());
		}
		return statement.param(limit).param(offset).query(this::entry).list();
	}

	/** Reported entries whose unit meets the condition, held at the level when given. */
	public List<Entry> reported(String unitCondition, MapLevel heldLevel, int limit) {
		String where = " WHERE state = 'REPORTED' AND " + unitCondition
				+ ((heldLevel != null) ? " AND held_level = ?" : "");
		var statement = this.jdbc.sql(ENTRY + where + " ORDER BY updated_at, id LIMIT ?");
		if (heldLevel != null) {
			statement = statement.param(heldLevel.name());
		}
		return statement.param(limit).query(this::entry).list();
	}

	/** Published map items whose unit meets the condition, not verified since the day. */
	public List<Entry> stale(String unitCondition, LocalDate since, int limit) {
		return this.jdbc
			.sql(ENTRY + " WHERE kind = 'ITEM' AND is_published = TRUE AND " + unitCondition
					+ " AND (last_verified IS NULL OR last_verified < ?) ORDER BY last_verified, id LIMIT ?")
			.params(since, limit)
			.query(this::entry)
			.list();
	}

	public long insert(Entry entry, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO map_entry (kind, unit_id, layer_id, title, state, held_level, pending_action, lat, lng,"
					+ " point_district, district_flag, last_verified, details, is_published, created_at, updated_at,"
					+ " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)")
			.params(entry.kind().name(), entry.unitId(), entry.layerId(), entry.title(), entry.state().name(),
					entry.heldLevel().name(), name(entry.action()), lat(entry.point()), lng(entry.point()),
					entry.pointDistrict(), entry.districtFlagged(), entry.lastVerified(), write(entry.details()),
					Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Stores the entry if its version is still the stored one.
	 * @return whether it was stored
	 */
	public boolean update(Entry entry, Instant now) {
		return this.jdbc
			.sql("UPDATE map_entry SET unit_id = ?, layer_id = ?, title = ?, state = ?, held_level = ?,"
					+ " pending_action = ?, lat = ?, lng = ?, point_district = ?, district_flag = ?,"
					+ " last_verified = ?, details = ?, is_published = ?, updated_at = ?, version = version + 1"
					+ " WHERE id = ? AND version = ?")
			.params(entry.unitId(), entry.layerId(), entry.title(), entry.state().name(), entry.heldLevel().name(),
					name(entry.action()), lat(entry.point()), lng(entry.point()), entry.pointDistrict(),
					entry.districtFlagged(), entry.lastVerified(), write(entry.details()), entry.published(),
					Timestamp.from(now), entry.id(), entry.version())
			.update() == 1;
	}

	public void insertEvent(EntryEvent event, long actorId) {
		this.jdbc.sql("INSERT INTO map_entry_event (entry_id, action, from_state, to_state, held_level, actor_id,"
				+ " actor_name, actor_unit, actor_level, occurred_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(event.entryId(), event.action(), name(event.fromState()), event.toState().name(),
					event.heldLevel().name(), actorId, event.actorName(), event.actorUnitId(),
					event.actorLevel().name(), Timestamp.from(event.occurredAt()), event.comment())
			.update();
	}

	public List<EntryEvent> events(long entryId) {
		return this.jdbc
			.sql("SELECT id, entry_id, action, from_state, to_state, held_level, actor_name, actor_unit, actor_level,"
					+ " occurred_at, comment FROM map_entry_event WHERE entry_id = ? ORDER BY id")
			.param(entryId)
			.query((rs, row) -> new EntryEvent(rs.getLong("id"), rs.getLong("entry_id"), rs.getString("action"),
					enumOrNull(EntryState.class, rs.getString("from_state")),
					EntryState.valueOf(rs.getString("to_state")), MapLevel.valueOf(rs.getString("held_level")),
					rs.getString("actor_name"), rs.getLong("actor_unit"), MapLevel.valueOf(rs.getString("actor_level")),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("comment")))
			.list();
	}

	String write(EntryDetails details) {
		return this.json.writeValueAsString(details);
	}

	EntryDetails read(EntryKind kind, String text) {
		return this.json.readValue(text, kind.detailsType());
	}

	private Entry entry(ResultSet rs, int row) throws SQLException {
		EntryKind kind = EntryKind.valueOf(rs.getString("kind"));
		long layer = rs.getLong("layer_id");
		Long layerId = rs.wasNull() ? null : layer;
		return new Entry(rs.getLong("id"), kind, rs.getLong("unit_id"), layerId, rs.getString("title"),
				EntryState.valueOf(rs.getString("state")), MapLevel.valueOf(rs.getString("held_level")),
				enumOrNull(EntryAction.class, rs.getString("pending_action")), point(rs),
				rs.getString("point_district"), rs.getBoolean("district_flag"),
				rs.getObject("last_verified", LocalDate.class), read(kind, rs.getString("details")),
				rs.getBoolean("is_published"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

	static GeoPoint point(ResultSet rs) throws SQLException {
		double lat = rs.getDouble("lat");
		if (rs.wasNull()) {
			return null;
		}
		return new GeoPoint(lat, rs.getDouble("lng"));
	}

	static Double lat(GeoPoint point) {
		return (point != null) ? point.lat() : null;
	}

	static Double lng(GeoPoint point) {
		return (point != null) ? point.lng() : null;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

}
