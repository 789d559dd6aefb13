package org.shejian.map;

/**
 * An entry's published copy was created or replaced; announced after the transaction that
 * did it committed.
 *
 * @param entry the published copy as it now is
 */
public record EntryPublished(PublishedEntry entry) {
}
