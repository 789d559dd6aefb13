package org.shejian.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitCode;
import org.shejian.organisation.UnitKind;
import org.shejian.organisation.UnitLevel;
import org.shejian.organisation.UnitStats;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Division units in the database. Every statement runs unchanged on H2 and PostgreSQL.
 */
@Repository
public class UnitRepository {

	/** The deepest a tree goes: province, prefecture, county, township, village. */
	public static final int MAX_DEPTH = 4;

	static final String COLUMNS = "id, code, name, short_name, unit_level, kind, parent_id, depth, urban_rural, "
			+ "valid_from, valid_to, version";

	private static final RowMapper<Unit> UNIT = UnitRepository::mapUnit;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	UnitRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public Optional<Unit> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE id = ?").param(id).query(UNIT).optional();
	}

	public Optional<Unit> findByCode(String code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE code = ?").param(code).query(UNIT).optional();
	}

	public List<Unit> findRoots() {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM org_unit WHERE parent_id IS NULL AND valid_to IS NULL" + " ORDER BY code")
			.query(UNIT)
			.list();
	}

	public List<Unit> children(long parentId, boolean includeRetired, int offset, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM org_unit WHERE parent_id = ?" + currentOnly(includeRetired)
					+ " ORDER BY code LIMIT ? OFFSET ?")
			.params(parentId, limit, offset)
			.query(UNIT)
			.list();
	}

	/** Current units of the level in the subtree of the unit at the depth, by code. */
	public List<Unit> currentBelow(long unitId, int depth, UnitLevel level) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM org_unit WHERE anc" + depth
					+ " = ? AND unit_level = ? AND valid_to IS NULL" + " ORDER BY code")
			.params(unitId, level.name())
			.query(UNIT)
			.list();
	}

	public long countChildren(long parentId, boolean includeRetired) {
		return this.jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE parent_id = ?" + currentOnly(includeRetired))
			.param(parentId)
			.query(Long.class)
			.single();
	}

	private static String currentOnly(boolean includeRetired) {
		return includeRetired ? "" : " AND valid_to IS NULL";
	}

	/**
	 * The ancestors of a unit from the root down, the unit itself not included.
	 */
	public List<Unit> ancestors(long id) {
		return this.jdbc
			.sql("SELECT a.id, a.code, a.name, a.short_name, a.unit_level, a.kind, a.parent_id, a.depth,"
					+ " a.urban_rural, a.valid_from, a.valid_to, a.version FROM org_unit u JOIN org_unit a"
					+ " ON a.id IN (u.anc0, u.anc1, u.anc2, u.anc3, u.anc4) WHERE u.id = ? AND a.depth < u.depth"
					+ " ORDER BY a.depth")
			.param(id)
			.query(UNIT)
			.list();
	}

	/**
	 * The ids on the path from the root to the unit, the unit's own id last.
	 */
	public List<Long> lineage(long id) {
		return this.jdbc.sql("SELECT depth, anc0, anc1, anc2, anc3, anc4 FROM org_unit WHERE id = ?")
			.param(id)
			.query((rs, row) -> {
				List<Long> ids = new ArrayList<>();
				for (int depth = 0; depth <= rs.getInt("depth"); depth++) {
					ids.add(rs.getLong("anc" + depth));
				}
				return ids;
			})
			.optional()
			.orElse(List.of());
	}

	/**
	 * Whether {@code unitId} is {@code ancestorId} or lies below it.
	 */
	/**
	 * The current units among the given codes (as stored), each with whether it lies in
	 * the subtree of the unit at {@code ancestorDepth} with id {@code ancestorId}: id
	 * when inside, minus id when outside.
	 */
	public Map<String, Long> currentWithin(Collection<String> codes, long ancestorId, int ancestorDepth) {
		Map<String, Long> found = new HashMap<>();
		List<String> list = new ArrayList<>(codes);
		for (int from = 0; from < list.size(); from += 500) {
			List<String> part = list.subList(from, Math.min(list.size(), from + 500));
			this.jdbc
				.sql("SELECT code, id, anc" + ancestorDepth + " FROM org_unit WHERE valid_to IS NULL AND code IN ("
						+ String.join(", ", Collections.nCopies(part.size(), "?")) + ")")
				.params(part)
				.query((ResultSet rs) -> {
					long id = rs.getLong(2);
					found.put(rs.getString(1), (rs.getLong(3) == ancestorId) ? id : -id);
				});
		}
		return found;
	}

	public boolean isWithin(long unitId, long ancestorId) {
		List<Long> lineage = lineage(unitId);
		return lineage.contains(ancestorId);
	}

	public List<UnitStats.Count> counts(long unitId) {
		return this.jdbc
			.sql("SELECT unit_level, kind, n FROM org_unit_count WHERE unit_id = ? AND n > 0 ORDER BY unit_level, kind")
			.param(unitId)
			.query((rs, row) -> new UnitStats.Count(UnitLevel.valueOf(rs.getString(1)),
					UnitKind.valueOf(rs.getString(2)), rs.getLong(3)))
			.list();
	}

	/**
	 * Units whose name, short name or code contains the query, current ones only.
	 */
	// Limitation: a substring match scans the current units: a few milliseconds for a
	// city's
	// 8,000, around a hundred for a whole country's 700,000 (lifted when units join the
	// platform's
	// Lucene index with the site search).
	public List<Unit> search(String query, UnitLevel level, UnitSort.Sorting sort, int offset, int limit) {
		String pattern = "%" + escapeLike(query) + "%";
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM org_unit WHERE valid_to IS NULL AND (name LIKE :q ESCAPE '\\'"
					+ " OR short_name LIKE :q ESCAPE '\\' OR code LIKE :prefix ESCAPE '\\')"
					+ ((level != null) ? " AND unit_level = :level" : "") + " ORDER BY " + sort.orderBy()
					+ " LIMIT :limit OFFSET :offset")
			.param("q", pattern)
			.param("prefix", escapeLike(query) + "%")
			.param("level", (level != null) ? level.name() : null)
			.param("limit", limit)
			.param("offset", offset)
			.query(UNIT)
			.list();
	}

	public long countSearch(String query, UnitLevel level) {
		String pattern = "%" + escapeLike(query) + "%";
		return this.jdbc
			.sql("SELECT COUNT(*) FROM org_unit WHERE valid_to IS NULL AND (name LIKE :q ESCAPE '\\'"
					+ " OR short_name LIKE :q ESCAPE '\\' OR code LIKE :prefix ESCAPE '\\')"
					+ ((level != null) ? " AND unit_level = :level" : ""))
			.param("q", pattern)
			.param("prefix", escapeLike(query) + "%")
			.param("level", (level != null) ? level.name() : null)
			.query(Long.class)
			.single();
	}

	static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	public boolean isEmpty() {
		return this.jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single() == 0;
	}

	/**
	 * Inserts new units in batches. Each row's ancestry must already be complete.
	 */
	public void insert(Collection<UnitRow> rows, Instant now) {
		this.template.batchUpdate(
				"INSERT INTO org_unit (id, code, name, short_name, unit_level, kind, parent_id, depth,"
						+ " anc0, anc1, anc2, anc3, anc4, urban_rural, valid_from, valid_to, version, updated_at)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?)",
				rows, 1000, (ps, row) -> {
					ps.setLong(1, row.id());
					ps.setString(2, row.code());
					ps.setString(3, row.name());
					ps.setString(4, row.shortName());
					ps.setString(5, row.kind().level().name());
					ps.setString(6, row.kind().name());
					ps.setObject(7, row.parentId());
					ps.setInt(8, row.depth());
					for (int depth = 0; depth <= MAX_DEPTH; depth++) {
						ps.setObject(9 + depth, row.ancestry()[depth]);
					}
					ps.setString(14, row.urbanRuralClass());
					ps.setObject(15, row.validFrom());
					ps.setTimestamp(16, Timestamp.from(now));
				});
	}

	/**
	 * Renames a unit, keeping the old name in the history; refuses a stale version.
	 * @return whether the row was changed (false when the version was stale)
	 */
	public boolean rename(Unit unit, String name, String shortName, LocalDate from, Instant now) {
		int changed = this.jdbc
			.sql("UPDATE org_unit SET name = ?, short_name = ?, version = version + 1, updated_at = ?"
					+ " WHERE id = ? AND version = ?")
			.params(name, shortName, Timestamp.from(now), unit.id(), unit.version())
			.update();
		if (changed == 1) {
			LocalDate since = this.jdbc.sql("SELECT MAX(valid_to) FROM org_unit_name WHERE unit_id = ?")
				.param(unit.id())
				.query(LocalDate.class)
				.optional()
				.map((end) -> laterOf(end, unit.validFrom()))
				.orElse(unit.validFrom());
			this.jdbc.sql(
					"INSERT INTO org_unit_name (unit_id, name, short_name, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)")
				.params(unit.id(), unit.name(), unit.shortName(), since, laterOf(from, since))
				.update();
		}
		return changed == 1;
	}

	private static LocalDate laterOf(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/**
	 * Changes the attributes that do not touch the tree; refuses a stale version.
	 * @return whether the row was changed (false when the version was stale)
	 */
	public boolean updateDetails(Unit unit, String shortName, String urbanRuralClass, Instant now) {
		return this.jdbc
			.sql("UPDATE org_unit SET short_name = ?, urban_rural = ?, version = version + 1, updated_at = ?"
					+ " WHERE id = ? AND version = ?")
			.params(shortName, urbanRuralClass, Timestamp.from(now), unit.id(), unit.version())
			.update() == 1;
	}

	public List<NameRecord> nameHistory(long unitId) {
		return this.jdbc
			.sql("SELECT name, short_name, valid_from, valid_to FROM org_unit_name WHERE unit_id = ?"
					+ " ORDER BY valid_to DESC, id DESC")
			.param(unitId)
			.query((rs, row) -> new NameRecord(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

	/**
	 * Sets the end of validity of the given units (retired when not {@code null},
	 * restored when {@code null}).
	 */
	public void setValidTo(Collection<Long> ids, LocalDate validTo, Instant now) {
		this.template.batchUpdate(
				"UPDATE org_unit SET valid_to = ?, version = version + 1, updated_at = ? WHERE id = ?", ids, 1000,
				(ps, id) -> {
					ps.setObject(1, validTo);
					ps.setTimestamp(2, Timestamp.from(now));
					ps.setLong(3, id);
				});
	}

	/**
	 * Puts a unit under a new parent of the same depth and rewrites the ancestry of its
	 * whole subtree in one statement; refuses a stale version.
	 * @return whether the unit was moved (false when the version was stale)
	 */
	public boolean move(Unit unit, List<Long> newParentLineage, Instant now) {
		int changed = this.jdbc.sql(
				"UPDATE org_unit SET parent_id = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
			.params(newParentLineage.get(newParentLineage.size() - 1), Timestamp.from(now), unit.id(), unit.version())
			.update();
		if (changed != 1) {
			return false;
		}
		StringBuilder set = new StringBuilder();
		for (int depth = 0; depth < unit.depth(); depth++) {
			set.append((depth > 0) ? ", " : "").append("anc").append(depth).append(" = ?");
		}
		List<Object> params = new ArrayList<>(newParentLineage);
		params.add(unit.id());
		this.jdbc.sql("UPDATE org_unit SET " + set + " WHERE anc" + unit.depth() + " = ?").params(params).update();
		return true;
	}

	/**
	 * Recounts the subtrees of the given units.
	 */
	public void recount(Collection<Long> unitIds) {
		for (Long unitId : unitIds) {
			int depth = this.jdbc.sql("SELECT depth FROM org_unit WHERE id = ?")
				.param(unitId)
				.query(Integer.class)
				.single();
			this.jdbc.sql("DELETE FROM org_unit_count WHERE unit_id = ?").param(unitId).update();
			this.jdbc
				.sql("INSERT INTO org_unit_count (unit_id, unit_level, kind, n) SELECT anc" + depth
						+ ", unit_level, kind, COUNT(*) FROM org_unit WHERE anc" + depth + " = ? AND depth > ?"
						+ " AND valid_to IS NULL GROUP BY anc" + depth + ", unit_level, kind")
				.params(unitId, depth)
				.update();
		}
	}

	/**
	 * Recounts every subtree under a root in one pass per depth.
	 */
	public void recountTree(long rootId) {
		this.jdbc
			.sql("DELETE FROM org_unit_count c WHERE EXISTS"
					+ " (SELECT 1 FROM org_unit u WHERE u.id = c.unit_id AND u.anc0 = ?)")
			.param(rootId)
			.update();
		for (int depth = 0; depth < MAX_DEPTH; depth++) {
			this.jdbc
				.sql("INSERT INTO org_unit_count (unit_id, unit_level, kind, n) SELECT anc" + depth
						+ ", unit_level, kind, COUNT(*) FROM org_unit WHERE anc0 = ? AND depth > ? AND valid_to IS NULL"
						+ " GROUP BY anc" + depth + ", unit_level, kind")
				.params(rootId, depth)
				.update();
		}
	}

	/**
	 * The units under a root as the importer compares them, keyed by nothing: callers
	 * index them.
	 */
	public List<ExistingUnit> existingUnder(String provinceCode) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE anc0 = ?")
			.param(new UnitCode(provinceCode).id())
			.query(UNIT)
			.list()
			.stream()
			.map(ExistingUnit::new)
			.toList();
	}

	/**
	 * How many current units lie below each of the given units.
	 */
	public Map<Long, Long> totalsBelow(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> totals = new HashMap<>();
		this.jdbc.sql("SELECT unit_id, SUM(n) FROM org_unit_count WHERE unit_id IN (:ids) GROUP BY unit_id")
			.param("ids", unitIds)
			.query((rs) -> {
				totals.put(rs.getLong(1), rs.getLong(2));
			});
		return totals;
	}

	static Unit mapUnit(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
				UnitLevel.valueOf(rs.getString("unit_level")), UnitKind.valueOf(rs.getString("kind")), parentId,
				rs.getInt("depth"), rs.getString("urban_rural"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getInt("version"));
	}

	/**
	 * A unit about to be inserted.
	 *
	 * @param ancestry ids by depth, {@code MAX_DEPTH + 1} entries, the unit's own id at
	 * its depth
	 */
	public record UnitRow(long id, String code, String name, String shortName, UnitKind kind, Long parentId, int depth,
			Long[] ancestry, String urbanRuralClass, LocalDate validFrom) {
	}

	/**
	 * A unit as stored, seen by the importer.
	 */
	public record ExistingUnit(Unit unit) {
	}

	/**
	 * A name a unit carried.
	 */
	public record NameRecord(String name, String shortName, LocalDate validFrom, LocalDate validTo) {
	}

}
