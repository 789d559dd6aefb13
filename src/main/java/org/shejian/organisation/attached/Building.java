package org.shejian.organisation.attached;

import java.time.LocalDate;

/**
 * A commercial building (商务楼宇) attached to a division unit, with its social work station:
 * a station combines a union post, a Party-member post and a social-service post.
 */
public record Building(Long id, long unitId, String name, String address, boolean hasStation, boolean unionPost,
		boolean partyPost, boolean servicePost, LocalDate stationOpened, int version) {
}
