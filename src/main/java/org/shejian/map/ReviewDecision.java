package org.shejian.map;

/**
 * What a reviewer decides on a reported entry.
 */
public enum ReviewDecision {

	/** Pass it up, or publish it at the publishing level. */
	APPROVE,

	/** Send it back to its owners with feedback. */
	RETURN

}
