package org.shejian.shared.geo;

import java.util.Arrays;

/**
 * The points of one grid cell of a {@link PointIndex}, column by column in primitive
 * arrays: id, category, latitude, longitude and the cosine of the latitude (kept so that
 * a query computes one cosine, not one per point). Removal moves the last point into the
 * freed slot. Not thread-safe; the index guards it.
 */
final class PointCell {

	private static final int INITIAL_CAPACITY = 4;

	final long key;

	long[] ids = new long[INITIAL_CAPACITY];

	int[] categories = new int[INITIAL_CAPACITY];

	double[] lats = new double[INITIAL_CAPACITY];

	double[] lngs = new double[INITIAL_CAPACITY];

	double[] cosLats = new double[INITIAL_CAPACITY];

	int size;

	PointCell(long key) {
		this.key = key;
	}

	/** Appends a point; returns its slot. */
	int add(long id, int category, double lat, double lng) {
		if (this.size == this.ids.length) {
			grow(this.size * 2);
		}
		int slot = this.size++;
		this.ids[slot] = id;
		this.categories[slot] = category;
		this.lats[slot] = lat;
		this.lngs[slot] = lng;
		this.cosLats[slot] = GeoPoint.cosLat(lat);
		return slot;
	}

	/**
	 * Removes the point in {@code slot} by moving the last point into it.
	 * @return whether another point moved into {@code slot} (its id is then
	 * {@code ids[slot]})
	 */
	boolean removeAt(int slot) {
		int last = --this.size;
		if (slot == last) {
			return false;
		}
		this.ids[slot] = this.ids[last];
		this.categories[slot] = this.categories[last];
		this.lats[slot] = this.lats[last];
		this.lngs[slot] = this.lngs[last];
		this.cosLats[slot] = this.cosLats[last];
		return true;
	}

	private void grow(int capacity) {
		this.ids = Arrays.copyOf(this.ids, capacity);
		this.categories = Arrays.copyOf(this.categories, capacity);
		this.lats = Arrays.copyOf(this.lats, capacity);
		this.lngs = Arrays.copyOf(this.lngs, capacity);
		this.cosLats = Arrays.copyOf(this.cosLats, capacity);
	}

}
