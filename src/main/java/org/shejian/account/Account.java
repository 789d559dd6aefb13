package org.shejian.account;

import java.time.Instant;
import java.util.Set;

import org.shejian.shared.Role;

/**
 * A user account as administrators see it (never with its password hash).
 *
 * @param lockedUntil when a lockout after repeated failures ends, {@code null} when not
 * locked
 */
public record Account(long id, String username, String displayName, long unitId, Set<Role> roles,
		boolean mustChangePassword, int failedAttempts, Instant lockedUntil, boolean enabled, int version) {

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
