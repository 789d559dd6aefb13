package org.shejian.sites;

/**
 * A column of a site.
 *
 * @param id its id
 * @param siteId the site
 * @param parentId the column it belongs under, {@code null} for a top column
 * @param name its name
 * @param kind what it holds
 * @param sort its place among its siblings
 */
public record SiteColumn(long id, long siteId, Long parentId, String name, ColumnKind kind, int sort) {
}
