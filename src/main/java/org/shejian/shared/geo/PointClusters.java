package org.shejian.shared.geo;

import java.util.List;

/**
 * The clustered view of a bounding box at a zoom level ({@link PointIndex#clusters}).
 *
 * @param clusters one entry per non-empty cluster cell, most points first (ties from
 * south-west to north-east); when {@code truncated}, only the cells holding the most
 * points
 * @param points how many points of the requested categories lie in the box, including
 * those of cells left out
 * @param cells how many non-empty cells the box has, including those left out
 * @param truncated whether cells were left out because there were more than the cap
 * @param cellLatDegrees height of a cluster cell in degrees of latitude
 * @param cellLngDegrees width of a cluster cell in degrees of longitude
 */
public record PointClusters(List<PointCluster> clusters, int points, int cells, boolean truncated,
		double cellLatDegrees, double cellLngDegrees) {
}
