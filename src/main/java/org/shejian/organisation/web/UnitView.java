package org.shejian.organisation.web;

import java.time.LocalDate;

import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitCode;
import org.shejian.organisation.UnitKind;
import org.shejian.organisation.UnitLevel;

/**
 * A unit as the API shows it.
 *
 * @param code the code as the national files write it
 * @param paddedCode the 12-digit padded form
 * @param parentCode the parent's code, {@code null} for a root
 * @param version the version an edit must send back
 */
record UnitView(String code, String paddedCode, String name, String shortName, UnitLevel level, UnitKind kind,
		String parentCode, int depth, String urbanRuralClass, LocalDate validFrom, LocalDate validTo, int version) {

	static UnitView of(Unit unit) {
		return new UnitView(unit.code(), unit.unitCode().padded(), unit.name(), unit.shortName(), unit.level(),
				unit.kind(), (unit.parentId() != null) ? UnitCode.ofId(unit.parentId()).code() : null, unit.depth(),
				unit.urbanRuralClass(), unit.validFrom(), unit.validTo(), unit.version());
	}

}
