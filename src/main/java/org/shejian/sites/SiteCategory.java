package org.shejian.sites;

/**
 * The kinds of site the public appraisal and the reports count apart.
 */
public enum SiteCategory {

	/** The site of a village-level unit: a community (社区) or a village (村). */
	COMMUNITY,
	/** The site of a commercial building and its social work station. */
	BUILDING,
	/** The site of a social organisation. */
	SOCIAL_ORGANISATION,
	/** The city portal and the district and street portals. */
	PORTAL

}
