package org.shejian.requests;

import java.util.Optional;

import org.shejian.shared.geo.GeoPoint;

/**
 * Finds the unit a point belongs to, for requests that give a place but no unit. A module
 * that knows the communities' offices or outlines (the map) provides the bean; without
 * one such requests go to the unit owning the service or to the city centre.
 */
public interface RequestLocator {

	/**
	 * The id of the community whose office is nearest the point within its district, when
	 * one can be told.
	 * @param wgs84 a point in China in WGS-84
	 */
	Optional<Long> communityAt(GeoPoint wgs84);

	/**
	 * The id of the district the point lies in, asked when no community is found.
	 * @param wgs84 a point in China in WGS-84
	 */
	default Optional<Long> districtAt(GeoPoint wgs84) {
		return Optional.empty();
	}

}
