package org.shejian.organisation;

/**
 * What kind of unit a code names, within its level. Township and village kinds follow
 * from the code ranges of the national rules; higher kinds from the rows' names.
 */
public enum UnitKind {

	MUNICIPALITY(UnitLevel.PROVINCIAL), PROVINCE(UnitLevel.PROVINCIAL), PREFECTURE(UnitLevel.PREFECTURAL),
	DISTRICT(UnitLevel.COUNTY), COUNTY(UnitLevel.COUNTY), COUNTY_CITY(UnitLevel.COUNTY),
	/** 街道: township segment 001–099. */
	STREET(UnitLevel.TOWNSHIP),
	/** 镇: township segment 100–199. */
	TOWN(UnitLevel.TOWNSHIP),
	/** 乡: township segment 200–399. */
	TOWNSHIP(UnitLevel.TOWNSHIP),
	/** Development zones, farms and similar: township segment 400–599. */
	TOWNSHIP_LIKE(UnitLevel.TOWNSHIP),
	/** 居民委员会 (community): village segment 001–199. */
	COMMUNITY(UnitLevel.VILLAGE),
	/** 村民委员会: village segment 200–399. */
	VILLAGE(UnitLevel.VILLAGE),
	/** Committee-like units: village segment 400–599. */
	VILLAGE_LIKE(UnitLevel.VILLAGE);

	private final UnitLevel level;

	UnitKind(UnitLevel level) {
		this.level = level;
	}

	public UnitLevel level() {
		return this.level;
	}

	/**
	 * The kind of a township-level unit from its segment (digits 7–9), or {@code null}
	 * when the segment lies outside the ranges the national rules define.
	 */
	public static UnitKind ofTownshipSegment(int segment) {
		if (segment >= 1 && segment <= 99) {
			return STREET;
		}
		if (segment >= 100 && segment <= 199) {
			return TOWN;
		}
		if (segment >= 200 && segment <= 399) {
			return TOWNSHIP;
		}
		return (segment >= 400 && segment <= 599) ? TOWNSHIP_LIKE : null;
	}

	/**
	 * The kind of a village-level unit from its segment (digits 10–12), or {@code null}
	 * when the segment lies outside the defined ranges.
	 */
	public static UnitKind ofVillageSegment(int segment) {
		if (segment >= 1 && segment <= 199) {
			return COMMUNITY;
		}
		if (segment >= 200 && segment <= 399) {
			return VILLAGE;
		}
		return (segment >= 400 && segment <= 599) ? VILLAGE_LIKE : null;
	}

	/**
	 * The kind of a county-level unit from its official name: 区 a district, 市 a
	 * county-level city, anything else (县, 旗, 自治县, 林区, 特区) a county.
	 */
	public static UnitKind ofCountyName(String name) {
		if (name.endsWith("区")) {
			return DISTRICT;
		}
		return name.endsWith("市") ? COUNTY_CITY : COUNTY;
	}

}
