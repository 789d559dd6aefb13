/**
 * The website cluster: one site per unit, commercial building or social organisation, its
 * columns and articles passed through one review, and the public pages, feeds and search
 * over what is published. {@link org.shejian.sites.SiteDirectory} is what other modules
 * use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Website cluster")
package org.shejian.sites;
