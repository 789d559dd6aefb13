package org.shejian.sites;

/**
 * What owns a site.
 */
public enum OwnerKind {

	/** A division unit: the city, a district, a street or a village-level unit. */
	UNIT,
	/** A commercial building ({@code org_building}). */
	BUILDING,
	/** A social organisation ({@code org_social_organisation}). */
	SOCIAL_ORGANISATION

}
