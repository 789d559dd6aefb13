package org.shejian.shared.geo;

import java.util.List;
import java.util.function.IntPredicate;

import static org.shejian.shared.geo.PointGrid.CELLS_PER_DEGREE;
import static org.shejian.shared.geo.PointGrid.COLS;
import static org.shejian.shared.geo.PointGrid.ROWS;

/**
 * One radius or k-nearest query over a {@link PointGrid}, run under the read lock of its
 * {@link PointIndex}: rings of cells outward from the centre's cell until no cell left
 * can hold a closer hit (see the structure described on {@link PointIndex}).
 */
final class RingSearch {

	/** Degrees taken off every gap against rounding in the cell arithmetic (0.1 mm). */
	private static final double EDGE_MARGIN_DEGREES = 1e-9;

	private final PointGrid grid;

	private final double lat;

	private final double lng;

	private final double cosLat;

	private final int row;

	private final int col;

	private final IntPredicate categories;

	private final double maxRadius;

	private final HitHeap hits;

	private final int rowLow;

	private final int rowHigh;

	private long lookups;

	RingSearch(PointGrid grid, GeoPoint centre, int k, IntPredicate categories, double maxRadius) {
		this.grid = grid;
		this.lat = centre.lat();
		this.lng = centre.lng();
		this.cosLat = GeoPoint.cosLat(this.lat);
		this.row = PointGrid.row(this.lat);
		this.col = PointGrid.col(this.lng);
		this.categories = categories;
		this.maxRadius = maxRadius;
		this.hits = new HitHeap(k);
		double reach = Math.toDegrees(maxRadius / GeoPoint.EARTH_RADIUS_METRES) + EDGE_MARGIN_DEGREES;
		this.rowLow = Math.max(this.grid.minRow(), PointGrid.row(Math.max(-90, this.lat - reach)));
		this.rowHigh = Math.min(this.grid.maxRow(), PointGrid.row(Math.min(90, this.lat + reach)));
	}

	List<PointHit> run() {
		int rings = Math.max(Math.abs(this.rowLow - this.row), Math.abs(this.rowHigh - this.row));
		rings = Math.max(rings, columnReach());
		for (int ring = 0; ring <= rings && this.rowLow <= this.rowHigh; ring++) {
			double bound = lowerBound(ring);
			if (bound > this.maxRadius || (this.hits.isFull() && this.hits.worstDistance() < bound)) {
				break;
			}
			visitRing(ring);
			if (this.lookups > this.grid.size() && ring < rings) {
				scanBeyond(ring);
				break;
			}
		}
		return this.hits.drainSorted();
	}

	/**
	 * Scans every cell outside rings 0 to {@code ring}, once the rings have cost more
	 * hash lookups than there are points: where points are few and far apart, reading
	 * them all is cheaper than walking empty rings.
	 */
	private void scanBeyond(int ring) {
		for (int index = 0; index < this.grid.cellSlots(); index++) {
			PointCell cell = this.grid.cellInSlot(index);
			if (cell != null && (Math.abs((int) (cell.key / COLS) - this.row) > ring
					|| Math.abs(PointGrid.cyclicOffset((int) (cell.key % COLS) - this.col)) > ring)) {
				scan(cell);
			}
		}
	}

	/** How many rings it takes to reach every column that has held a point. */
	private int columnReach() {
		int low = PointGrid.cyclicOffset(this.grid.minCol() - this.col);
		int high = PointGrid.cyclicOffset(this.grid.maxCol() - this.col);
		return (low <= high) ? Math.max(Math.abs(low), Math.abs(high)) : COLS / 2;
	}

	/** The least distance from the centre to any cell outside rings 0 to ring - 1. */
	private double lowerBound(int ring) {
		if (ring == 0) {
			return 0;
		}
		double latGap = Double.POSITIVE_INFINITY;
		if (this.row + ring < ROWS) {
			latGap = (double) (this.row + ring) / CELLS_PER_DEGREE - 90 - this.lat;
		}
		if (this.row - ring >= 0) {
			latGap = Math.min(latGap, this.lat - ((double) (this.row - ring + 1) / CELLS_PER_DEGREE - 90));
		}
		double bound = GeoPoint.EARTH_RADIUS_METRES * Math.toRadians(Math.max(0, latGap - EDGE_MARGIN_DEGREES));
		if (2 * ring <= COLS) {
			double east = (double) (this.col + ring) / CELLS_PER_DEGREE - 180 - this.lng;
			double west = this.lng - ((double) (this.col - ring + 1) / CELLS_PER_DEGREE - 180);
			double lngGap = Math.min(90, Math.max(0, Math.min(east, west) - EDGE_MARGIN_DEGREES));
			double meridian = Math.asin(Math.min(1, this.cosLat * Math.sin(Math.toRadians(lngGap))));
			bound = Math.min(bound, GeoPoint.EARTH_RADIUS_METRES * meridian);
		}
		return bound;
	}

	private void visitRing(int ring) {
		if (ring == 0) {
			visitRow(this.row, this.col, this.col);
			return;
		}
		int low = this.col - ring;
		int high = low + Math.min(2 * ring + 1, COLS) - 1;
		visitRow(this.row + ring, low, high);
		visitRow(this.row - ring, low, high);
		int sideLow = Math.max(this.row - ring + 1, this.rowLow);
		int sideHigh = Math.min(this.row + ring - 1, this.rowHigh);
		if (2 * ring < COLS) {
			visitColumn(this.col - ring, sideLow, sideHigh);
		}
		if (2 * ring <= COLS) {
			visitColumn(this.col + ring, sideLow, sideHigh);
		}
	}

	/**
	 * Visits the columns low to high (fewer than COLS of them, unwrapped) of a row.
	 */
	private void visitRow(int row, int low, int high) {
		if (row < this.rowLow || row > this.rowHigh) {
			return;
		}
		for (int shift = -COLS; shift <= COLS; shift += COLS) {
			int from = Math.max(low, this.grid.minCol() + shift);
			int to = Math.min(high, this.grid.maxCol() + shift);
			for (int col = from; col <= to; col++) {
				scan(this.grid.cellAt(row, col - shift));
			}
			this.lookups += Math.max(0, to - from + 1);
		}
	}

	private void visitColumn(int unwrapped, int rowFrom, int rowTo) {
		int col = Math.floorMod(unwrapped, COLS);
		if (col < this.grid.minCol() || col > this.grid.maxCol()) {
			return;
		}
		for (int row = rowFrom; row <= rowTo; row++) {
			scan(this.grid.cellAt(row, col));
		}
		this.lookups += Math.max(0, rowTo - rowFrom + 1);
	}

	private void scan(PointCell cell) {
		if (cell == null) {
			return;
		}
		for (int i = 0; i < cell.size; i++) {
			if (this.categories.test(cell.categories[i])) {
				double distance = GeoPoint.distanceMetres(this.lat, this.lng, this.cosLat, cell.lats[i], cell.lngs[i],
						cell.cosLats[i]);
				if (distance <= this.maxRadius) {
					this.hits.offer(distance, cell.ids[i]);
				}
			}
		}
	}

}
