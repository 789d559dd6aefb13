package org.shejian.appraisal;

import java.time.Instant;

/**
 * A plaque "公众满意网站" awarded to a site for a year.
 *
 * @param siteId the site
 * @param category the category it was appraised in
 * @param year the year of the campaign that awarded it
 * @param rank its place in that campaign's ranking (1 is the best)
 * @param awardedAt when the campaign was finalised
 * @param withdrawnAt when a later campaign did not re-elect the site, {@code null} while
 * it stands or was defended
 */
public record Plaque(long siteId, SiteCategory category, int year, int rank, Instant awardedAt, Instant withdrawnAt) {

	public boolean withdrawn() {
		return this.withdrawnAt != null;
	}

}
