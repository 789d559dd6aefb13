package org.shejian.requests;

/**
 * A request category the city administrators keep.
 *
 * @param id the stored id
 * @param code the service code Open311 clients send (lower case letters, digits and
 * hyphens)
 * @param name the Chinese name
 * @param nameEn the English name
 * @param description what it covers, may be {@code null}
 * @param group the group it is listed under
 * @param timeLimitDays days to close a request, 1 to 365
 * @param active whether residents may choose it
 * @param version the optimistic-locking version an edit must carry
 */
public record RequestCategory(Long id, String code, String name, String nameEn, String description, String group,
		int timeLimitDays, boolean active, int version) {
}
