package org.shejian.appraisal;

/**
 * The aggregate of the ballots on one site: nothing about single ballots.
 *
 * @param siteId the site
 * @param title its name
 * @param path where it is read
 * @param count the ballots counted
 * @param mean their mean rating (1–5), 0 when none
 * @param lower the lower end of the 95% interval of the mean (1–5)
 * @param upper its upper end
 * @param rank the site's place among those with enough ballots, {@code null} when not
 * ranked
 * @param awarded whether the site is (or, before finalising, would be) awarded the plaque
 */
public record SiteResult(long siteId, String title, String path, long count, double mean, double lower, double upper,
		Integer rank, boolean awarded) {

}
