package org.shejian.appraisal;

import java.time.Instant;

/**
 * The appraisal of one category of sites in one year.
 *
 * @param id the campaign's id
 * @param category the sites it appraises
 * @param year the year of the plaques it awards
 * @param title its name as shown
 * @param opensAt when voting opens
 * @param closesAt when voting closes (exclusive)
 * @param awardCount how many plaques it awards
 * @param minBallots the fewest ballots a site needs to be ranked
 * @param finalisedAt when its plaques were awarded, {@code null} before
 * @param version the stored version, for edits
 */
public record Campaign(long id, SiteCategory category, int year, String title, Instant opensAt, Instant closesAt,
		int awardCount, int minBallots, Instant finalisedAt, int version) {

	/** Where a campaign stands at an instant. */
	public enum State {

		SCHEDULED, OPEN, CLOSED, FINALISED

	}

	public State state(Instant now) {
		if (this.finalisedAt != null) {
			return State.FINALISED;
		}
		if (now.isBefore(this.opensAt)) {
			return State.SCHEDULED;
		}
		return now.isBefore(this.closesAt) ? State.OPEN : State.CLOSED;
	}

	public boolean isOpen(Instant now) {
		return state(now) == State.OPEN;
	}

}
