package org.shejian.sites;

import java.time.Instant;

/**
 * A transition of an article: who, when, what, and the comment of a return.
 */
public record ArticleEvent(long articleId, String action, long actorId, String actorName, Instant at, String comment) {
}
