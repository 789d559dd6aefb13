package org.shejian.requests;

/**
 * A request as the residents' page or an Open311 client sends it; every field is text as
 * received.
 *
 * @param serviceCode required
 * @param description required, plain text of at most 4,000 characters
 * @param lat WGS-84 latitude, given together with {@code lng}
 * @param lng WGS-84 longitude
 * @param addressString the address as written
 * @param addressId a unit code (2 to 12 digits), which routes the request to that unit
 * @param firstName the resident's given name, optional
 * @param lastName the resident's family name, optional
 * @param email optional
 * @param phone optional
 * @param mediaUrl an http or https link, optional
 */
public record RequestForm(String serviceCode, String description, String lat, String lng, String addressString,
		String addressId, String firstName, String lastName, String email, String phone, String mediaUrl) {
}
