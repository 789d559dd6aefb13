package org.shejian.map;

import java.util.List;

/**
 * A decision on many reported entries at once.
 *
 * @param decision approve or return
 * @param comment the feedback, required to return
 * @param entries the entries with the versions the reviewer saw
 */
public record BatchReview(ReviewDecision decision, String comment, List<EntryRef> entries) {

	/**
	 * An entry and the version the reviewer saw.
	 */
	public record EntryRef(long id, Integer version) {
	}

	/**
	 * What a batch did: the entries it acted on and those it left alone, each with the
	 * message key of the reason.
	 */
	public record Outcome(List<Long> done, List<Skipped> skipped) {
	}

	/**
	 * An entry a batch left alone and why.
	 */
	public record Skipped(long id, String reason) {
	}

}
