package org.shejian.sites;

/**
 * An article's published copy was removed; sent once the transaction has committed.
 */
public record ArticleWithdrawn(long articleId) {
}
