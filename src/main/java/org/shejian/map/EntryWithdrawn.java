package org.shejian.map;

/**
 * An entry's published copy was removed from the public map; announced after the
 * transaction that did it committed.
 *
 * @param id the entry's id
 * @param kind its kind
 */
public record EntryWithdrawn(long id, EntryKind kind) {
}
