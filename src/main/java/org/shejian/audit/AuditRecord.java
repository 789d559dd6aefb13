package org.shejian.audit;

import java.time.Instant;

/**
 * One record of the audit log.
 *
 * @param sequence its place in the chain, from 1
 * @param at when it happened
 * @param actor who acted ({@code system} for the platform itself)
 * @param unitId the unit concerned, may be {@code null}
 * @param action what was done
 * @param target what it was done to
 * @param before the state before, as JSON, may be {@code null}
 * @param after the state after, as JSON, may be {@code null}
 * @param source where the request came from
 * @param previousHash the hash of the record before
 * @param hash this record's hash over its fields and the previous hash
 */
public record AuditRecord(long sequence, Instant at, String actor, Long unitId, String action, String target,
		String before, String after, String source, String previousHash, String hash) {
}
