package org.shejian.shared.geo;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The storage of a {@link PointIndex}: the grid of 0.01° cells that hold points, found by
 * a primitive hash map from cell key (row × columns + column) to a slot of the cell
 * table, and a primitive map from point id to its cell slot and position in the cell
 * (slot in the high 32 bits, position in the low). Emptied cells leave the map and their
 * slot is reused. Not thread-safe; the index guards it.
 */
final class PointGrid {

	static final int CELLS_PER_DEGREE = 100;

	static final int ROWS = 180 * CELLS_PER_DEGREE;

	static final int COLS = 360 * CELLS_PER_DEGREE;

	private static final int INITIAL_CELLS = 1024;

	private static final long NO_PLACE = -1;

	private final LongLongMap cellsByKey = new LongLongMap(INITIAL_CELLS);

	private final LongLongMap placesById = new LongLongMap(INITIAL_CELLS);

	private PointCell[] cells = new PointCell[INITIAL_CELLS];

	private int cellsUsed;

	private int[] freeCells = new int[64];

	private int freeCellCount;

	private int minRow = Integer.MAX_VALUE;

	private int maxRow = Integer.MIN_VALUE;

	private int minCol = Integer.MAX_VALUE;

	private int maxCol = Integer.MIN_VALUE;

	int size() {
		return this.placesById.size();
	}

	/** Puts the point {@code id}, replacing the point of that id if there is one. */
	void put(long id, int category, double lat, double lng) {
		remove(id);
		insert(id, category, lat, lng);
	}

	/** Makes room for {@code more} points beside those held. */
	void reserve(int more) {
		this.placesById.ensureCapacity(this.placesById.size() + more);
	}

	/** The least row that has held a point since the grid was created. */
	int minRow() {
		return this.minRow;
	}

	int maxRow() {
		return this.maxRow;
	}

	/** The least column that has held a point since the grid was created. */
	int minCol() {
		return this.minCol;
	}

	int maxCol() {
		return this.maxCol;
	}

	/** The number of slots of the cell table, some of them empty. */
	int cellSlots() {
		return this.cellsUsed;
	}

	/** The cell in a slot of the cell table, or {@code null}. */
	PointCell cellInSlot(int slot) {
		return this.cells[slot];
	}

	/**
	 * Adds to {@code grid} the points of the given categories in the box (edges
	 * included).
	 */
	void collect(ClusterGrid grid, IntPredicate categories, double south, double north, double west, double east) {
		int rowLow = Math.max(row(south), this.minRow);
		int rowHigh = Math.min(row(north), this.maxRow);
		int colLow = Math.max(col(west), this.minCol);
		int colHigh = Math.min(col(east), this.maxCol);
		if (rowLow > rowHigh || colLow > colHigh) {
			return;
		}
		boolean fewerCellsThanBox = this.cellsByKey.size() < (long) (rowHigh - rowLow + 1) * (colHigh - colLow + 1);
		if (fewerCellsThanBox) {
			for (int index = 0; index < this.cellsUsed; index++) {
				PointCell cell = this.cells[index];
				if (cell != null && inRange(cell.key, rowLow, rowHigh, colLow, colHigh)) {
					collectCell(grid, cell, categories, south, north, west, east);
				}
			}
			return;
		}
		for (int row = rowLow; row <= rowHigh; row++) {
			for (int col = colLow; col <= colHigh; col++) {
				PointCell cell = cellAt(row, col);
				if (cell != null) {
					collectCell(grid, cell, categories, south, north, west, east);
				}
			}
		}
	}

	private static void collectCell(ClusterGrid grid, PointCell cell, IntPredicate categories, double south,
			double north, double west, double east) {
		for (int i = 0; i < cell.size; i++) {
			double lat = cell.lats[i];
			double lng = cell.lngs[i];
			if (lat >= south && lat <= north && lng >= west && lng <= east && categories.test(cell.categories[i])) {
				grid.add(cell.ids[i], lat, lng);
			}
		}
	}

	private static boolean inRange(long key, int rowLow, int rowHigh, int colLow, int colHigh) {
		int row = (int) (key / COLS);
		int col = (int) (key % COLS);
		return row >= rowLow && row <= rowHigh && col >= colLow && col <= colHigh;
	}

	private void insert(long id, int category, double lat, double lng) {
		int row = row(lat);
		int col = col(lng);
		long key = cellKey(row, col);
		int index = (int) this.cellsByKey.get(key, -1);
		if (index < 0) {
			index = openCell(key);
		}
		int slot = this.cells[index].add(id, category, lat, lng);
		this.placesById.put(id, place(index, slot));
		this.minRow = Math.min(this.minRow, row);
		this.maxRow = Math.max(this.maxRow, row);
		this.minCol = Math.min(this.minCol, col);
		this.maxCol = Math.max(this.maxCol, col);
	}

	/** Removes the point {@code id}; returns whether there was one. */
	boolean remove(long id) {
		long place = this.placesById.get(id, NO_PLACE);
		if (place == NO_PLACE) {
			return false;
		}
		this.placesById.remove(id);
		int index = (int) (place >>> 32);
		int slot = (int) place;
		PointCell cell = this.cells[index];
		if (cell.removeAt(slot)) {
			this.placesById.put(cell.ids[slot], place(index, slot));
		}
		if (cell.size == 0) {
			closeCell(index);
		}
		return true;
	}

	private int openCell(long key) {
		int index;
		if (this.freeCellCount > 0) {
			index = this.freeCells[--this.freeCellCount];
		}
		else {
			if (this.cellsUsed == this.cells.length) {
				this.cells = Arrays.copyOf(this.cells, this.cellsUsed * 2);
			}
			index = this.cellsUsed++;
		}
		this.cells[index] = new PointCell(key);
		this.cellsByKey.put(key, index);
		return index;
	}

	private void closeCell(int index) {
		this.cellsByKey.remove(this.cells[index].key);
		this.cells[index] = null;
		if (this.freeCellCount == this.freeCells.length) {
			this.freeCells = Arrays.copyOf(this.freeCells, this.freeCellCount * 2);
		}
		this.freeCells[this.freeCellCount++] = index;
	}

	/** The cell at a row and column, or {@code null} when it holds no point. */
	PointCell cellAt(int row, int col) {
		int index = (int) this.cellsByKey.get(cellKey(row, col), -1);
		return (index >= 0) ? this.cells[index] : null;
	}

	private static long place(int index, int slot) {
		return ((long) index << 32) | (slot & 0xFFFFFFFFL);
	}

	private static long cellKey(int row, int col) {
		return (long) row * COLS + col;
	}

	static int row(double lat) {
		return Math.min(ROWS - 1, (int) Math.floor((lat + 90) * CELLS_PER_DEGREE));
	}

	static int col(double lng) {
		return Math.min(COLS - 1, (int) Math.floor((lng + 180) * CELLS_PER_DEGREE));
	}

	/** The offset of a column difference the short way round, in (-COLS/2, COLS/2]. */
	static int cyclicOffset(int difference) {
		int offset = Math.floorMod(difference, COLS);
		return (offset > COLS / 2) ? offset - COLS : offset;
	}

}
