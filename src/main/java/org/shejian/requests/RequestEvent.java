package org.shejian.requests;

import java.time.Instant;

/**
 * One change of a request: its submission, an escalation, an answer or its closing.
 *
 * @param at when it happened
 * @param action {@code SUBMITTED}, {@code ESCALATED}, {@code ANSWERED} or {@code CLOSED}
 * @param status the status after it
 * @param unitId the unit holding the request after it
 * @param actor the account, application or {@code system} that acted; staff pages only
 * @param note the note shown to the resident (answers and closing), may be {@code null}
 */
public record RequestEvent(Instant at, String action, ServiceRequest.Status status, long unitId, String actor,
		String note) {
}
