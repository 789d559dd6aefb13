package org.shejian.appraisal;

import java.time.Instant;

/**
 * Proof that a voter verified a number: shown once, kept by the client (a cookie or a
 * bearer token), stored only as its hash.
 *
 * @param token the secret to present with each ballot
 * @param expiresAt when it stops being accepted
 */
public record VoterToken(String token, Instant expiresAt) {

}
