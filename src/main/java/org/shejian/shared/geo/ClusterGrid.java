package org.shejian.shared.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Sums points into the cells of a grid of {@code cellLat} × {@code cellLng} degrees
 * anchored at 90° S, 180° W, for {@link PointIndex#clusters}: per cell the count, the
 * sums of latitude and longitude, the bounds and the first id, in primitive arrays
 * indexed by a slot that a {@link LongLongMap} gives each cell.
 */
final class ClusterGrid {

	private static final int INITIAL_CELLS = 256;

	private final double cellLat;

	private final double cellLng;

	private final LongLongMap slots = new LongLongMap(INITIAL_CELLS);

	private long[] keys = new long[INITIAL_CELLS];

	private int[] counts = new int[INITIAL_CELLS];

	private double[] sumLats = new double[INITIAL_CELLS];

	private double[] sumLngs = new double[INITIAL_CELLS];

	private double[] bounds = new double[4 * INITIAL_CELLS];

	private long[] firstIds = new long[INITIAL_CELLS];

	private int cells;

	private int points;

	ClusterGrid(double cellLat, double cellLng) {
		this.cellLat = cellLat;
		this.cellLng = cellLng;
	}

	void add(long id, double lat, double lng) {
		long row = (long) Math.floor((lat + 90) / this.cellLat);
		long col = (long) Math.floor((lng + 180) / this.cellLng);
		long key = (row << 32) | col;
		int slot = (int) this.slots.get(key, -1);
		if (slot < 0) {
			slot = open(key, id, lat, lng);
		}
		this.counts[slot]++;
		this.sumLats[slot] += lat;
		this.sumLngs[slot] += lng;
		int b = 4 * slot;
		this.bounds[b] = Math.min(this.bounds[b], lat);
		this.bounds[b + 1] = Math.min(this.bounds[b + 1], lng);
		this.bounds[b + 2] = Math.max(this.bounds[b + 2], lat);
		this.bounds[b + 3] = Math.max(this.bounds[b + 3], lng);
		this.points++;
	}

	/** The cells, most points first, at most {@code maxCells} of them. */
	PointClusters result(int maxCells) {
		Comparator<Integer> order = Comparator.<Integer>comparingInt((slot) -> -this.counts[slot])
			.thenComparingLong((slot) -> this.keys[slot]);
		List<PointCluster> clusters = new ArrayList<>(Math.min(this.cells, maxCells));
		IntStream.range(0, this.cells)
			.boxed()
			.sorted(order)
			.limit(maxCells)
			.forEach((slot) -> clusters.add(cluster(slot)));
		return new PointClusters(List.copyOf(clusters), this.points, this.cells, this.cells > maxCells, this.cellLat,
				this.cellLng);
	}

	private PointCluster cluster(int slot) {
		int count = this.counts[slot];
		int b = 4 * slot;
		return new PointCluster(count, this.sumLats[slot] / count, this.sumLngs[slot] / count, this.bounds[b],
				this.bounds[b + 1], this.bounds[b + 2], this.bounds[b + 3], (count == 1) ? this.firstIds[slot] : null);
	}

	private int open(long key, long id, double lat, double lng) {
		if (this.cells == this.keys.length) {
			grow(this.cells * 2);
		}
		int slot = this.cells++;
		this.slots.put(key, slot);
		this.keys[slot] = key;
		this.firstIds[slot] = id;
		int b = 4 * slot;
		this.bounds[b] = lat;
		this.bounds[b + 1] = lng;
		this.bounds[b + 2] = lat;
		this.bounds[b + 3] = lng;
		return slot;
	}

	private void grow(int capacity) {
		this.keys = Arrays.copyOf(this.keys, capacity);
		this.counts = Arrays.copyOf(this.counts, capacity);
		this.sumLats = Arrays.copyOf(this.sumLats, capacity);
		this.sumLngs = Arrays.copyOf(this.sumLngs, capacity);
		this.bounds = Arrays.copyOf(this.bounds, 4 * capacity);
		this.firstIds = Arrays.copyOf(this.firstIds, capacity);
	}

}
