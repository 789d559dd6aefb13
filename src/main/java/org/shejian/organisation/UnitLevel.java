package org.shejian.organisation;

/**
 * The administrative levels of the national division codes, from the top.
 */
public enum UnitLevel {

	/** 省级: a province, autonomous region or municipality (the city of a municipality). */
	PROVINCIAL(2),
	/** 地级: a prefecture-level city, prefecture or league. */
	PREFECTURAL(4),
	/** 县级: a district, county or county-level city. */
	COUNTY(6),
	/** 乡级: a street office, town, township or similar unit. */
	TOWNSHIP(9),
	/** 村级: a residents' or villagers' committee. */
	VILLAGE(12);

	private final int codeLength;

	UnitLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	/** The number of digits the national files write for a code of this level. */
	public int codeLength() {
		return this.codeLength;
	}

	public static UnitLevel ofCodeLength(int length) {
		for (UnitLevel level : values()) {
			if (level.codeLength == length) {
				return level;
			}
		}
		throw new IllegalArgumentException("No level has codes of " + length + " digits");
	}

}
