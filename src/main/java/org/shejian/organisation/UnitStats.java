package org.shejian.organisation;

import java.util.List;

/**
 * How many current units a unit's subtree holds (the unit itself not counted), by level
 * and kind.
 *
 * @param unit the unit whose subtree is counted
 * @param counts one row per level and kind present
 */
public record UnitStats(Unit unit, List<Count> counts) {

	public long total(UnitLevel level) {
		return this.counts.stream().filter((count) -> count.level() == level).mapToLong(Count::count).sum();
	}

	public long total(UnitKind kind) {
		return this.counts.stream().filter((count) -> count.kind() == kind).mapToLong(Count::count).sum();
	}

	/**
	 * @param level the level counted
	 * @param kind the kind counted
	 * @param count how many current units of that level and kind the subtree holds
	 */
	public record Count(UnitLevel level, UnitKind kind, long count) {
	}

}
