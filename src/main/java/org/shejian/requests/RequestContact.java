package org.shejian.requests;

/**
 * How to reach the resident who sent a request: personal data, shown to the staff who
 * hold the request and nobody else. Every part may be {@code null}.
 */
public record RequestContact(String firstName, String lastName, String email, String phone, String channel) {
}
