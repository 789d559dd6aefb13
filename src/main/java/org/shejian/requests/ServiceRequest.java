package org.shejian.requests;

import java.time.Instant;

/**
 * A request as anybody may see it: no name, e-mail, phone or device of the resident.
 *
 * @param id the request number
 * @param serviceCode the service it names
 * @param serviceName the service's name when it was sent
 * @param description the resident's description
 * @param lat WGS-84 latitude, {@code null} when no point was given
 * @param lng WGS-84 longitude, {@code null} when no point was given
 * @param address the address as written, may be {@code null}
 * @param addressId the unit code or address id as sent, may be {@code null}
 * @param mediaUrl an http or https link to a photo, may be {@code null}
 * @param unitId the unit that holds it now
 * @param level the level of that unit
 * @param status where it stands
 * @param publicNote the latest answer or closing note, may be {@code null}
 * @param requestedAt when it was sent
 * @param updatedAt when it last changed
 * @param dueAt when the unit holding it must have closed it
 */
public record ServiceRequest(long id, String serviceCode, String serviceName, String description, Double lat,
		Double lng, String address, String addressId, String mediaUrl, long unitId, Level level, Status status,
		String publicNote, Instant requestedAt, Instant updatedAt, Instant dueAt) {

	/** Open311 knows two states: {@code open} until closed. */
	public boolean isOpen() {
		return this.status != Status.CLOSED;
	}

	/** Where a request stands. */
	public enum Status {

		/** Sent, not yet answered. */
		OPEN,
		/** Answered by staff, not yet closed. */
		ANSWERED,
		/** Closed with a note to the resident. */
		CLOSED

	}

	/** The level of the unit that holds a request. */
	public enum Level {

		COMMUNITY, STREET, DISTRICT, CITY

	}

}
