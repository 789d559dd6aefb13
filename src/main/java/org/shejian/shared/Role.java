package org.shejian.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the platform. Administrators of a unit act on that unit's subtree; the
 * three separated duties of graded protection (system, security and audit administrator)
 * never meet in one account.
 */
public enum Role {

	CITY_ADMIN, DISTRICT_ADMIN, STREET_ADMIN, COMMUNITY_ADMIN, COMMUNITY_STAFF, LIAISON, SYSTEM_ADMIN, SECURITY_ADMIN,
	AUDIT_ADMIN;

	/** The three duties that no account may combine. */
	public static final Set<Role> SEPARATED_DUTIES = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

	/**
	 * Roles that may change organisation data (units, buildings, social organisations).
	 */
	public static final Set<Role> UNIT_EDITORS = EnumSet.of(CITY_ADMIN, DISTRICT_ADMIN, STREET_ADMIN, COMMUNITY_ADMIN);

	/** Roles that may change buildings and social organisations. */
	public static final Set<Role> ORGANISATION_EDITORS = EnumSet.of(CITY_ADMIN, DISTRICT_ADMIN, STREET_ADMIN,
			COMMUNITY_ADMIN, COMMUNITY_STAFF);

	/** Roles that may manage accounts within their scope. */
	public static final Set<Role> ACCOUNT_MANAGERS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN);

	public String authority() {
		return "ROLE_" + name();
	}

}
