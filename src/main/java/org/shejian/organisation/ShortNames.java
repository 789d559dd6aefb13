package org.shejian.organisation;

import java.util.List;

/**
 * The names people say: the committee suffixes of official names are dropped (多福巷社区居委会 →
 * 多福巷社区, 牌坊村村民委员会 → 牌坊村, 南庄村委会 → 南庄村) and the office suffix of street names (…街道办事处 →
 * …街道).
 */
public final class ShortNames {

	private static final List<String> RESIDENTS_SUFFIXES = List.of("居民居委会", "居民委员会", "居委会");

	private static final List<String> VILLAGERS_SUFFIXES = List.of("村民委员会", "村委会");

	private ShortNames() {
	}

	/**
	 * Returns the short form of an official name; a name without a known suffix is
	 * returned as it is.
	 */
	public static String of(String officialName) {
		for (String suffix : VILLAGERS_SUFFIXES) {
			if (officialName.endsWith(suffix) && officialName.length() > suffix.length()) {
				String stem = officialName.substring(0, officialName.length() - suffix.length());
				return stem.endsWith("村") ? stem : stem + "村";
			}
		}
		for (String suffix : RESIDENTS_SUFFIXES) {
			if (officialName.endsWith(suffix) && officialName.length() > suffix.length()) {
				return officialName.substring(0, officialName.length() - suffix.length());
			}
		}
		if (officialName.endsWith("办事处") && officialName.length() > 3) {
			return officialName.substring(0, officialName.length() - 3);
		}
		return officialName;
	}

}
