package org.shejian.sites;

import java.util.EnumSet;
import java.util.Set;

/**
 * A site's lifecycle: planned, live, suspended (and live again), closed for good.
 */
public enum SiteState {

	PLANNED, LIVE, SUSPENDED, CLOSED;

	/** Whether a site in this state may move to the target state. */
	public boolean mayBecome(SiteState target) {
		return next().contains(target);
	}

	private Set<SiteState> next() {
		return switch (this) {
			case PLANNED -> EnumSet.of(LIVE, CLOSED);
			case LIVE -> EnumSet.of(SUSPENDED, CLOSED);
			case SUSPENDED -> EnumSet.of(LIVE, CLOSED);
			case CLOSED -> EnumSet.noneOf(SiteState.class);
		};
	}

}
