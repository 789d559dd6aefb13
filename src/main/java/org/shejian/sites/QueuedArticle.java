package org.shejian.sites;

import java.time.Instant;

/**
 * An article waiting for review, with what a reviewer needs to pick it: its site and who
 * submitted it when.
 *
 * @param id the article
 * @param title its working title
 * @param siteId its site
 * @param siteCode the site's code, as in its public address
 * @param siteTitle the site's title
 * @param submittedBy the name of who submitted it last
 * @param submittedAt when
 */
public record QueuedArticle(long id, String title, long siteId, String siteCode, String siteTitle, String submittedBy,
		Instant submittedAt) {
}
