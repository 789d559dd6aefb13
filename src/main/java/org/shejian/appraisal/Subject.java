package org.shejian.appraisal;

/**
 * A website the public may rate.
 *
 * @param siteId the site's id in the websites module
 * @param category its kind
 * @param title its name as shown
 * @param unitId the unit that runs it
 * @param path where it is read, relative to the platform (such as {@code /sites/12})
 * @param live whether it is published now; only live sites can be rated
 */
public record Subject(long siteId, SiteCategory category, String title, long unitId, String path, boolean live) {

}
