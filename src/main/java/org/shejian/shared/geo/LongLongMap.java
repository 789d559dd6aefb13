package org.shejian.shared.geo;

/**
 * A hash map from {@code long} to {@code long} without boxing: open addressing with
 * linear probing in power-of-two arrays, kept at most half full, deletion by shifting the
 * following entries back (no tombstones). Not thread-safe; {@link PointIndex} guards it.
 */
final class LongLongMap {

	private static final int MIN_CAPACITY = 16;

	private long[] keys;

	private long[] values;

	private boolean[] used;

	private int mask;

	private int size;

	LongLongMap(int expectedSize) {
		allocate(capacityFor(expectedSize));
	}

	int size() {
		return this.size;
	}

	/** Returns the value of {@code key}, or {@code absent} when it has none. */
	long get(long key, long absent) {
		int slot = find(key);
		return (slot >= 0) ? this.values[slot] : absent;
	}

	void put(long key, long value) {
		int slot = home(key);
		while (this.used[slot]) {
			if (this.keys[slot] == key) {
				this.values[slot] = value;
				return;
			}
			slot = (slot + 1) & this.mask;
		}
		this.keys[slot] = key;
		this.values[slot] = value;
		this.used[slot] = true;
		if (++this.size * 2 > this.keys.length) {
			rehash(this.keys.length * 2);
		}
	}

	/** Removes {@code key}; returns whether it was there. */
	boolean remove(long key) {
		int slot = find(key);
		if (slot < 0) {
			return false;
		}
		shiftBack(slot);
		this.size--;
		return true;
	}

	void clear(int expectedSize) {
		allocate(capacityFor(expectedSize));
		this.size = 0;
	}

	/** Makes room for {@code expectedSize} entries without growing again. */
	void ensureCapacity(int expectedSize) {
		int capacity = capacityFor(expectedSize);
		if (capacity > this.keys.length) {
			rehash(capacity);
		}
	}

	private int find(long key) {
		int slot = home(key);
		while (this.used[slot]) {
			if (this.keys[slot] == key) {
				return slot;
			}
			slot = (slot + 1) & this.mask;
		}
		return -1;
	}

	/**
	 * Empties {@code hole} and moves back the entries of its probe run that may fill it.
	 */
	private void shiftBack(int hole) {
		int next = hole;
		while (true) {
			next = (next + 1) & this.mask;
			if (!this.used[next]) {
				break;
			}
			int home = home(this.keys[next]);
			boolean homeBetween = (hole <= next) ? (hole < home && home <= next) : (hole < home || home <= next);
			if (!homeBetween) {
				this.keys[hole] = this.keys[next];
				this.values[hole] = this.values[next];
				hole = next;
			}
		}
		this.used[hole] = false;
	}

	private int home(long key) {
		long mixed = key * 0x9E3779B97F4A7C15L;
		return (int) (mixed ^ (mixed >>> 32)) & this.mask;
	}

	private void rehash(int capacity) {
		long[] oldKeys = this.keys;
		long[] oldValues = this.values;
		boolean[] oldUsed = this.used;
		allocate(capacity);
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldUsed[i]) {
				int slot = home(oldKeys[i]);
				while (this.used[slot]) {
					slot = (slot + 1) & this.mask;
				}
				this.keys[slot] = oldKeys[i];
				this.values[slot] = oldValues[i];
				this.used[slot] = true;
			}
		}
	}

	private void allocate(int capacity) {
		this.keys = new long[capacity];
		this.values = new long[capacity];
		this.used = new boolean[capacity];
		this.mask = capacity - 1;
	}

	private static int capacityFor(int expectedSize) {
		int wanted = Math.max(MIN_CAPACITY, expectedSize * 2);
		return Integer.highestOneBit(wanted - 1) << 1;
	}

}
