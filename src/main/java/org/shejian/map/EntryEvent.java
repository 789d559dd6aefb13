package org.shejian.map;

import java.time.Instant;

/**
 * One transition of an entry: who did what at which level, and their comment.
 *
 * @param action {@code CREATE}, {@code CHANGE}, {@code REPORT}, {@code APPROVE},
 * {@code RETURN}, {@code PUBLISH}, {@code WITHDRAW} or {@code VERIFY}
 * @param fromState the state before, {@code null} when created
 * @param toState the state after
 * @param heldLevel the level holding the entry after
 * @param actorName the username of the actor
 * @param actorUnitId the actor's unit
 * @param actorLevel the level of the actor's unit
 * @param comment the feedback or note, {@code null} when none
 */
public record EntryEvent(long id, long entryId, String action, EntryState fromState, EntryState toState,
		MapLevel heldLevel, String actorName, long actorUnitId, MapLevel actorLevel, Instant occurredAt,
		String comment) {
}
