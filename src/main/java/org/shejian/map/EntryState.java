package org.shejian.map;

/**
 * Where the working copy of an entry stands.
 */
public enum EntryState {

	/** Being written by its owners; not yet reported. */
	DRAFT,

	/** Reported up and held at a level for review. */
	REPORTED,

	/** Sent back to its owners with feedback. */
	RETURNED,

	/** Published as it is; the published copy equals the working copy. */
	PUBLISHED,

	/** Taken off the public map after review. */
	WITHDRAWN

}
