package org.shejian.requests;

import java.time.Instant;

/**
 * A key issued to an application that posts requests through Open311. The key itself is
 * shown once, when issued; only its first characters are kept to tell keys apart.
 *
 * @param revokedAt {@code null} while the key works
 */
public record Open311Key(long id, String application, String prefix, String issuedBy, Instant issuedAt,
		String revokedBy, Instant revokedAt) {

	public boolean isActive() {
		return this.revokedAt == null;
	}

	/** A key just issued, with the secret the application must keep. */
	public record Issued(Open311Key key, String secret) {
	}

}
