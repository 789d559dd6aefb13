package org.shejian.organisation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.shejian.audit.AuditLog;
import org.shejian.organisation.ShortNames;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to units by their administrators: scoped to the actor's subtree, refused when
 * the version is stale, audited with the state before and after.
 */
@Service
@Transactional
public class UnitEditor {

	private static final Set<String> URBAN_RURAL = Set.of("111", "112", "121", "122", "123", "210", "220");

	private final Units units;

	private final UnitRepository repository;

	private final UnitScope scope;

	private final AuditLog audit;

	private final Clock clock;

	UnitEditor(Units units, UnitRepository repository, UnitScope scope, AuditLog audit, Clock clock) {
		this.units = units;
		this.repository = repository;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Changes a unit's name, short name and urban-rural class. A new official name keeps
	 * the old one in the history.
	 * @throws Problem (403) outside the actor's scope, (409) for a stale version, (400)
	 * for bad values
	 */
	public Unit edit(Actor actor, String code, UnitChange change) {
		requireEditor(actor);
		Unit unit = this.units.get(code);
		this.scope.check(actor, unit.id());
		requireVersion(unit, change.version());
		String name = Text.name(change.name(), 200);
		String shortName = Text.isBlank(change.shortName()) ? ShortNames.of(name) : Text.name(change.shortName(), 200);
		String urbanRural = Text.isBlank(change.urbanRuralClass()) ? null : Text.compact(change.urbanRuralClass());
		if (urbanRural != null && !URBAN_RURAL.contains(urbanRural)) {
			throw Problem.invalid("unit.urbanRural.unknown", urbanRural);
		}

		if (!name.equals(unit.name()) && !this.repository.rename(unit, name, shortName,
				LocalDate.ofInstant(this.clock.instant(), Dates.ZONE), this.clock.instant())) {
			throw Problem.conflict("unit.stale", unit.code());
		}
		Unit renamed = this.units.get(code);
		if ((!Objects.equals(shortName, renamed.shortName()) || !Objects.equals(urbanRural, renamed.urbanRuralClass()))
				&& !this.repository.updateDetails(renamed, shortName, urbanRural, this.clock.instant())) {
			throw Problem.conflict("unit.stale", unit.code());
		}

		Unit after = this.units.get(code);
		this.audit.record("unit.edit", "unit:" + unit.code(), unit.id(), state(unit), state(after));
		return after;
	}

	/**
	 * Puts a unit under another parent of the same level and depth; every descendant's
	 * ancestry follows, and the subtree counts of the old and new ancestors are
	 * recounted.
	 * @throws Problem (403) when the unit or the new parent lies outside the actor's
	 * scope, (409) for a stale version, (400) for a parent of another level
	 */
	public Unit move(Actor actor, String code, String newParentCode, Integer version) {
		requireEditor(actor);
		Unit unit = this.units.get(code);
		Unit parent = this.units.get(newParentCode);
		this.scope.check(actor, unit.id());
		this.scope.check(actor, parent.id());
		requireVersion(unit, version);
		Unit oldParent = (unit.parentId() != null) ? this.units.findById(unit.parentId()).orElseThrow() : null;
		if (oldParent == null || oldParent.level() != parent.level() || oldParent.depth() != parent.depth()) {
			throw Problem.invalid("unit.move.level", unit.code(), parent.code());
		}
		if (!parent.isCurrent()) {
			throw Problem.invalid("unit.move.retired", parent.code());
		}
		if (parent.id() == oldParent.id()) {
			return unit;
		}

		Set<Long> affected = new LinkedHashSet<>(this.repository.lineage(oldParent.id()));
		List<Long> newLineage = this.repository.lineage(parent.id());
		affected.addAll(newLineage);
		if (!this.repository.move(unit, newLineage, this.clock.instant())) {
			throw Problem.conflict("unit.stale", unit.code());
		}
		this.repository.recount(affected);

		Unit after = this.units.get(code);
		this.audit.record("unit.move", "unit:" + unit.code(), unit.id(), Map.of("parent", oldParent.code()),
				Map.of("parent", parent.code()));
		return after;
	}

	private static void requireEditor(Actor actor) {
		if (!actor.roles().stream().anyMatch(Role.UNIT_EDITORS::contains)) {
			throw Problem.forbidden("role.missing");
		}
	}

	private static void requireVersion(Unit unit, Integer version) {
		if (version == null) {
			throw Problem.invalid("version.missing");
		}
		if (version != unit.version()) {
			throw Problem.conflict("unit.stale", unit.code());
		}
	}

	static Map<String, Object> state(Unit unit) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", unit.name());
		state.put("shortName", unit.shortName());
		state.put("urbanRuralClass", unit.urbanRuralClass());
		state.put("parent", (unit.parentId() != null) ? String.valueOf(unit.parentId()) : null);
		state.put("version", unit.version());
		return state;
	}

	/**
	 * The editable attributes of a unit, with the version the editor started from.
	 */
	public record UnitChange(String name, String shortName, String urbanRuralClass, Integer version) {
	}

}
