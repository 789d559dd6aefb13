package org.shejian.sites;

/**
 * An article's published copy was written; sent once the transaction has committed.
 */
public record ArticlePublished(long articleId) {
}
