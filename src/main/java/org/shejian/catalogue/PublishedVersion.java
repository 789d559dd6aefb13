package org.shejian.catalogue;

import java.time.Instant;

/**
 * One published version of a resource: its number, when and by whom it was published.
 */
public record PublishedVersion(int version, Instant publishedAt, String publishedBy) {
}
