package org.shejian.standards;

import java.time.Instant;
import java.util.List;

/**
 * A code list: a value domain of codes and names, versioned as a whole.
 *
 * @param listVersion the current version; values carry the versions they belong to
 * @param values every value the list has had, in order, each with the versions it belongs
 * to; empty in listings
 * @param version the optimistic-lock version of the record
 */
public record CodeList(long id, String identifier, String name, String nameEn, String source, int listVersion,
		Status status, Instant updatedAt, int version, List<CodeValue> values) {

	/** The values of the current version. */
	public List<CodeValue> currentValues() {
		return this.values.stream().filter(CodeValue::isCurrent).toList();
	}

	/**
	 * @param sinceVersion the first list version the value belongs to
	 * @param untilVersion the first list version it no longer belongs to, {@code null}
	 * while current
	 * @param parentCode the code of the value above it in a hierarchical list
	 */
	public record CodeValue(String code, String name, String nameEn, String parentCode, int sinceVersion,
			Integer untilVersion) {

		public boolean isCurrent() {
			return this.untilVersion == null;
		}

		public boolean belongsTo(int listVersion) {
			return this.sinceVersion <= listVersion && (this.untilVersion == null || listVersion < this.untilVersion);
		}

	}

}
