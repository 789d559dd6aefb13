package org.shejian.sites;

/**
 * A site as other modules see it.
 *
 * @param id the site's id
 * @param category its category
 * @param title its title (plain text)
 * @param unitId the unit it belongs to: the owning unit, or the unit a building or
 * organisation hangs from
 * @param path its public address, {@code /s/{code}/}
 * @param live whether the public can read it now
 */
public record SiteSummary(long id, SiteCategory category, String title, long unitId, String path, boolean live) {
}
