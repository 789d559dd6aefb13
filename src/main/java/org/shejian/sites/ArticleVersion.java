package org.shejian.sites;

import java.time.Instant;

/**
 * A saved version of an article's working copy.
 */
public record ArticleVersion(long articleId, int number, String title, String body, long savedBy, Instant savedAt) {
}
