package org.shejian.organisation;

import java.time.LocalDate;

/**
 * A division unit of the organisation tree.
 *
 * @param id the padded 12-digit code as a number; stable for the unit's whole life
 * @param code the code as the national files write it
 * @param name the official name (多福巷社区居委会)
 * @param shortName the name people say (多福巷社区)
 * @param level the administrative level
 * @param kind the kind within the level
 * @param parentId the parent's id, {@code null} for a root (a province or municipality)
 * @param depth the distance from the root, 0 for the root
 * @param urbanRuralClass the three-digit urban-rural class (111 … 220), {@code null} when
 * unknown
 * @param validFrom the first day the unit is valid
 * @param validTo the first day the unit is no longer valid, {@code null} while current
 * @param version the optimistic-locking version an edit must carry
 */
public record Unit(long id, String code, String name, String shortName, UnitLevel level, UnitKind kind, Long parentId,
		int depth, String urbanRuralClass, LocalDate validFrom, LocalDate validTo, int version) {

	public boolean isCurrent() {
		return this.validTo == null;
	}

	public UnitCode unitCode() {
		return new UnitCode(this.code);
	}

}
