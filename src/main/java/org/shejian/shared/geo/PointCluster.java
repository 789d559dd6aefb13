package org.shejian.shared.geo;

/**
 * The points of one cluster cell of {@link PointIndex#clusters}: one marker on the map.
 *
 * @param count how many points the cell holds (at least one)
 * @param lat latitude of the centroid (mean of the points' latitudes)
 * @param lng longitude of the centroid (mean of the points' longitudes)
 * @param south least latitude of the points
 * @param west least longitude of the points
 * @param north greatest latitude of the points
 * @param east greatest longitude of the points
 * @param id the id of the point when the cell holds exactly one, otherwise {@code null}
 */
public record PointCluster(int count, double lat, double lng, double south, double west, double north, double east,
		Long id) {
}
