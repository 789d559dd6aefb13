package org.shejian.catalogue;

import java.time.Instant;

/**
 * An access grant: a partner's application to read one resource through the API, and the
 * provider's decision. An approved grant has a key, shown once, that reads that resource
 * only, until it expires.
 *
 * @param keyPrefix the first characters of the key, so that holders can tell keys apart
 */
public record Grant(long id, String resourceIdentifier, String resourceName, long applicantId, long applicantUnitId,
		String partner, String purpose, State state, String decidedBy, Instant decidedAt, String decisionNote,
		Instant expiresAt, String keyPrefix, Instant createdAt, int version) {

	public enum State {

		APPLIED, APPROVED, REJECTED, REVOKED

	}

	public boolean isActiveAt(Instant now) {
		return this.state == State.APPROVED && this.expiresAt != null && now.isBefore(this.expiresAt);
	}

	/** An approved grant with its key, which is shown this once and never stored. */
	public record Issued(Grant grant, String key) {
	}

}
