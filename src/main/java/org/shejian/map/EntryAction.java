package org.shejian.map;

/**
 * What the review of a working copy decides on.
 */
public enum EntryAction {

	/** Publishing an entry that was never published. */
	CREATE,

	/** Replacing the published copy with the working copy. */
	UPDATE,

	/** Taking the published copy off the public map. */
	WITHDRAW

}
