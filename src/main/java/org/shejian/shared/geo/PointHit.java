package org.shejian.shared.geo;

/**
 * A point found by {@link PointIndex#within} or {@link PointIndex#nearest}.
 *
 * @param id the point's id
 * @param distanceMetres its great-circle distance from the query centre, exactly as
 * {@link GeoPoint#distanceMetres(GeoPoint)} gives it
 */
public record PointHit(long id, double distanceMetres) {
}
