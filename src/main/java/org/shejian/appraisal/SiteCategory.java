package org.shejian.appraisal;

/**
 * The kinds of website appraised separately: each has its own campaign every year.
 */
public enum SiteCategory {

	COMMUNITY, BUILDING, SOCIAL_ORGANISATION, PORTAL

}
