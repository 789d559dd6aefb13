package org.shejian.organisation.attached;

/**
 * A social organisation (社会组织) attached to a division unit. A hub-type organisation leads
 * the organisations of one field at one level; others name the hub they belong to.
 */
public record SocialOrganisation(Long id, long unitId, String name, Category category, String creditCode,
		String organisationCode, boolean hub, String hubField, HubLevel hubLevel, Long hubId, int version) {

	/**
	 * The three legal forms, with the category digit they carry in a civil-affairs credit
	 * code.
	 */
	public enum Category {

		SOCIAL_GROUP('1'), PRIVATE_NON_ENTERPRISE('2'), FOUNDATION('3');

		private final char creditCategory;

		Category(char creditCategory) {
			this.creditCategory = creditCategory;
		}

		public char creditCategory() {
			return this.creditCategory;
		}

	}

	/** The level a hub leads at. */
	public enum HubLevel {

		CITY, DISTRICT, STREET, COMMUNITY

	}

}
