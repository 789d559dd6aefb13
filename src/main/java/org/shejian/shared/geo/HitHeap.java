package org.shejian.shared.geo;

import java.util.Arrays;
import java.util.List;

/**
 * The best {@code capacity} hits seen so far, ordered by distance then id, in a binary
 * max-heap of primitive arrays (the worst kept hit on top). The arrays start small and
 * grow up to the capacity, so a large limit costs nothing until hits arrive.
 */
final class HitHeap {

	private static final int INITIAL_CAPACITY = 64;

	private final int capacity;

	private double[] distances;

	private long[] ids;

	private int size;

	HitHeap(int capacity) {
		this.capacity = capacity;
		int initial = Math.min(capacity, INITIAL_CAPACITY);
		this.distances = new double[initial];
		this.ids = new long[initial];
	}

	boolean isFull() {
		return this.size == this.capacity;
	}

	/** The distance of the worst hit kept; only meaningful when not empty. */
	double worstDistance() {
		return this.distances[0];
	}

	void offer(double distance, long id) {
		if (this.size < this.capacity) {
			if (this.size == this.distances.length) {
				int grown = (int) Math.min(this.capacity, this.size * 2L);
				this.distances = Arrays.copyOf(this.distances, grown);
				this.ids = Arrays.copyOf(this.ids, grown);
			}
			siftUp(this.size++, distance, id);
		}
		else if (before(distance, id, this.distances[0], this.ids[0])) {
			siftDown(distance, id);
		}
	}

	/** Empties the heap into a list, nearest first. */
	List<PointHit> drainSorted() {
		PointHit[] sorted = new PointHit[this.size];
		while (this.size > 0) {
			sorted[this.size - 1] = new PointHit(this.ids[0], this.distances[0]);
			int last = --this.size;
			if (last > 0) {
				siftDown(this.distances[last], this.ids[last]);
			}
		}
		return List.of(sorted);
	}

	private void siftUp(int index, double distance, long id) {
		while (index > 0) {
			int parent = (index - 1) >>> 1;
			if (!before(this.distances[parent], this.ids[parent], distance, id)) {
				break;
			}
			this.distances[index] = this.distances[parent];
			this.ids[index] = this.ids[parent];
			index = parent;
		}
		this.distances[index] = distance;
		this.ids[index] = id;
	}

	/** Puts the hit at the root and sinks it below every later hit. */
	private void siftDown(double distance, long id) {
		int index = 0;
		int half = this.size >>> 1;
		while (index < half) {
			int child = 2 * index + 1;
			int right = child + 1;
			if (right < this.size
					&& before(this.distances[child], this.ids[child], this.distances[right], this.ids[right])) {
				child = right;
			}
			if (!before(distance, id, this.distances[child], this.ids[child])) {
				break;
			}
			this.distances[index] = this.distances[child];
			this.ids[index] = this.ids[child];
			index = child;
		}
		this.distances[index] = distance;
		this.ids[index] = id;
	}

	private static boolean before(double distance, long id, double otherDistance, long otherId) {
		return distance < otherDistance || (distance == otherDistance && id < otherId);
	}

}
