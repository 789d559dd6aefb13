package org.shejian.organisation.divisions;

import java.util.List;

import org.shejian.organisation.UnitCode;
import org.shejian.organisation.UnitKind;

/**
 * The units of one province as an edition of the national files lists them, parents
 * before children.
 *
 * @param province the province code (two digits)
 * @param units the units, root first
 * @param encodings the encoding found for each file read, for the report
 */
public record DivisionEdition(String province, List<Entry> units, List<String> encodings) {

	/**
	 * One unit of the edition.
	 *
	 * @param code its code
	 * @param name its official name
	 * @param kind its kind
	 * @param parent its parent's code, {@code null} for the root
	 * @param depth its depth in the tree, 0 for the root
	 * @param urbanRuralClass the urban-rural class when the file gives one
	 */
	public record Entry(UnitCode code, String name, UnitKind kind, UnitCode parent, int depth, String urbanRuralClass) {
	}

}
