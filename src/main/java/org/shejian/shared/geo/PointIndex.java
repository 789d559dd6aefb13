package org.shejian.shared.geo;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntPredicate;

/**
 * An in-memory index of map points for "nearby" lists and clustered map views: each point
 * has a {@code long} id, a small {@code int} category (the map layer) and a WGS-84
 * position; ids are unique, putting an id again moves it.
 * <p>
 * <b>Structure.</b> A uniform grid of 0.01° × 0.01° cells (about 1.1 km north–south and
 * 0.85 km east–west in Beijing) over the whole globe, 18,000 rows from 90° S and 36,000
 * columns from 180° W; a point belongs to the cell {@code floor((lat + 90) × 100)},
 * {@code floor((lng + 180) × 100)}. Only non-empty cells exist: a primitive
 * open-addressing hash map takes a cell's row and column to the cell, and the cell keeps
 * its points column-wise in primitive arrays (id, category, latitude, longitude, cosine
 * of the latitude), so there is no object per point. A second primitive map takes an id
 * to its cell and slot, so that removal and replacement cost a hash lookup and one move
 * (the cell's last point fills the freed slot). About 85 bytes per point in all.
 * <p>
 * <b>Queries.</b> {@link #nearest} and {@link #within} visit rings of cells around the
 * centre's cell: ring 0 is the cell itself, ring r the cells r rows or r columns away
 * (columns wrap around at 180°, rows stop at the poles). Before a ring the query takes a
 * lower bound of the distance to every cell not yet visited: the smaller of the latitude
 * gap to the next row (a north–south distance) and the distance to the meridian of the
 * next column, {@code asin(cos(lat) × sin(Δlng))}, which makes the bound correct at every
 * latitude, where a column spans {@code cos(lat)} times fewer metres. The search stops
 * when the bound exceeds the radius, or when k hits are held and the k-th is closer than
 * the bound, so k-nearest is exact, not approximate. The hits are kept in a bounded heap
 * of primitive arrays ordered by distance, then id; distances are the haversine distance
 * of {@link GeoPoint#distanceMetres}, bit for bit. Rings are clipped to the rows and
 * columns that have ever held a point, and once the rings have cost more cell lookups
 * than the index has points, the search reads the remaining cells directly, so sparse
 * points far apart do not make a query walk thousands of empty rings. {@link #clusters}
 * reads the cells that meet its box and sums the points into a coarser grid matched to
 * the zoom.
 * <p>
 * <b>Threads.</b> Any number of threads may query while others write: queries share a
 * read lock, {@link #put}, {@link #remove} and {@link #putAll} take the write lock, so a
 * query sees the index either before or after a write, never halfway. A query allocates
 * its heap and result, nothing per point it reads.
 * <p>
 * Limitation: the extent of rows and columns that clips the rings only grows until
 * {@link #clear} or the index is refilled, so after points far apart have been removed, a
 * query may still walk empty rings towards where they were (lifted by recomputing the
 * extent when a cell empties at its edge, if that ever shows).
 */
public final class PointIndex {

	/** The maximum zoom level of {@link #clusters}. */
	public static final int MAX_ZOOM = 20;

	/** How many cluster cells {@link #clusters} returns unless told otherwise. */
	public static final int DEFAULT_MAX_CELLS = 2_000;

	private static final int CELLS_PER_DEGREE = 100;

	private static final int ROWS = 180 * CELLS_PER_DEGREE;

	private static final int COLS = 360 * CELLS_PER_DEGREE;

	/** Degrees taken off every gap against rounding in the cell arithmetic (0.1 mm). */
	private static final double EDGE_MARGIN_DEGREES = 1e-9;

	/**
	 * A cluster cell at zoom 0: 60 of the 256 pixels of the web-Mercator tile, in
	 * degrees.
	 */
	private static final double CLUSTER_DEGREES_AT_ZOOM_0 = 360.0 * 60 / 256;

	/** Web-Mercator maps end here; cluster cells keep the height they have there. */
	private static final double MERCATOR_MAX_LAT = 85;

	private static final long NO_PLACE = -1;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final LongLongMap cellsByKey = new LongLongMap(1024);

	private final LongLongMap placesById = new LongLongMap(1024);

	private PointCell[] cells = new PointCell[1024];

	private int cellsUsed;

	private int[] freeCells = new int[64];

	private int freeCellCount;

	private int minRow = Integer.MAX_VALUE;

	private int maxRow = Integer.MIN_VALUE;

	private int minCol = Integer.MAX_VALUE;

	private int maxCol = Integer.MIN_VALUE;

	/** A filter that takes every category. */
	public static IntPredicate anyCategory() {
		return (category) -> true;
	}

	/** A filter that takes the given categories only (none when none are given). */
	public static IntPredicate inCategories(int... categories) {
		int[] sorted = Arrays.stream(categories).sorted().distinct().toArray();
		return (category) -> Arrays.binarySearch(sorted, category) >= 0;
	}

	/**
	 * A filter that takes the given categories only (none when the collection is empty).
	 */
	public static IntPredicate inCategories(Collection<Integer> categories) {
		return inCategories(categories.stream().mapToInt(Integer::intValue).toArray());
	}

	/** Puts the point {@code id}, replacing the point of that id if there is one. */
	public void put(long id, int category, GeoPoint point) {
		Objects.requireNonNull(point, "point");
		Lock write = this.lock.writeLock();
		write.lock();
		try {
			removeLocked(id);
			insertLocked(id, category, point.lat(), point.lng());
		}
		finally {
			write.unlock();
		}
	}

	/**
	 * Puts many points under one write lock, each as {@link #put} would; the arrays are
	 * read in parallel. Nothing changes when any coordinate is out of range.
	 * @throws IllegalArgumentException when the arrays differ in length or a latitude is
	 * not within [-90, 90] or a longitude not within [-180, 180]
	 */
	public void putAll(long[] ids, int[] categories, double[] lats, double[] lngs) {
		int count = ids.length;
		if (categories.length != count || lats.length != count || lngs.length != count) {
			throw new IllegalArgumentException("The arrays of a bulk load must have the same length");
		}
		for (int i = 0; i < count; i++) {
			requireOnGlobe(lats[i], lngs[i]);
		}
		Lock write = this.lock.writeLock();
		write.lock();
		try {
			this.placesById.ensureCapacity(this.placesById.size() + count);
			for (int i = 0; i < count; i++) {
				removeLocked(ids[i]);
				insertLocked(ids[i], categories[i], lats[i], lngs[i]);
			}
		}
		finally {
			write.unlock();
		}
	}

	/** Removes the point {@code id}; returns whether there was one. */
	public boolean remove(long id) {
		Lock write = this.lock.writeLock();
		write.lock();
		try {
			return removeLocked(id);
		}
		finally {
			write.unlock();
		}
	}

	/** Removes every point. */
	public void clear() {
		Lock write = this.lock.writeLock();
		write.lock();
		try {
			this.cellsByKey.clear(1024);
			this.placesById.clear(1024);
			this.cells = new PointCell[1024];
			this.cellsUsed = 0;
			this.freeCellCount = 0;
			this.minRow = Integer.MAX_VALUE;
			this.maxRow = Integer.MIN_VALUE;
			this.minCol = Integer.MAX_VALUE;
			this.maxCol = Integer.MIN_VALUE;
		}
		finally {
			write.unlock();
		}
	}

	/** The number of points. */
	public int size() {
		Lock read = this.lock.readLock();
		read.lock();
		try {
			return this.placesById.size();
		}
		finally {
			read.unlock();
		}
	}

	/**
	 * Returns the points of the given categories within {@code radiusMetres} of
	 * {@code centre} (distance at most the radius), nearest first, ties by id, at most
	 * {@code limit} of them.
	 * @param radiusMetres zero or more; zero finds the points at exactly the centre
	 * @param limit zero or more
	 */
	public List<PointHit> within(GeoPoint centre, double radiusMetres, IntPredicate categories, int limit) {
		if (!(radiusMetres >= 0)) {
			throw new IllegalArgumentException("The radius must be zero or more metres: " + radiusMetres);
		}
		return search(centre, limit, categories, radiusMetres);
	}

	/**
	 * Returns the {@code k} points of the given categories nearest to {@code centre}
	 * (fewer when the index holds fewer), nearest first, ties by id. Exact: no point left
	 * out is closer than the last one returned.
	 * @param k zero or more
	 */
	public List<PointHit> nearest(GeoPoint centre, int k, IntPredicate categories) {
		return search(centre, k, categories, Double.POSITIVE_INFINITY);
	}

	/**
	 * Returns the {@code k} points of the given categories nearest to {@code centre} and
	 * no further than {@code maxRadiusMetres}, nearest first, ties by id; the same as
	 * {@link #within} with {@code k} as the limit.
	 */
	public List<PointHit> nearest(GeoPoint centre, int k, IntPredicate categories, double maxRadiusMetres) {
		return within(centre, maxRadiusMetres, categories, k);
	}

	/**
	 * Returns the clustered view of a box at a zoom level, at most
	 * {@link #DEFAULT_MAX_CELLS} cells; see
	 * {@link #clusters(double, double, double, double, int, IntPredicate, int)}.
	 */
	public PointClusters clusters(double south, double west, double north, double east, int zoom,
			IntPredicate categories) {
		return clusters(south, west, north, east, zoom, categories, DEFAULT_MAX_CELLS);
	}

	/**
	 * Returns the points of the given categories in a box (edges included), summed per
	 * cell of a grid matched to the zoom: a cell is 60 pixels of a 256-pixel web-Mercator
	 * tile wide ({@code 84.375° / 2^zoom} of longitude) and as high in degrees of
	 * latitude as that is on the map at the box's middle latitude rounded to a whole
	 * degree, so that the grid, anchored at 90° S and 180° W, does not move while the map
	 * pans. When the box has more non-empty cells than {@code maxCells}, the cells with
	 * the most points are returned and the result says it is truncated.
	 * @param west the western edge; greater than {@code east} for a box across 180°
	 * @param zoom 0 to {@link #MAX_ZOOM}
	 * @param maxCells zero or more
	 * @throws IllegalArgumentException when an edge is off the globe, south is north of
	 * north, or the zoom or cap are out of range
	 */
	public PointClusters clusters(double south, double west, double north, double east, int zoom,
			IntPredicate categories, int maxCells) {
		requireBox(south, west, north, east);
		if (zoom < 0 || zoom > MAX_ZOOM || maxCells < 0) {
			throw new IllegalArgumentException("Zoom 0 to " + MAX_ZOOM + " and a cap of zero or more cells, not zoom "
					+ zoom + " and " + maxCells + " cells");
		}
		double cellLng = CLUSTER_DEGREES_AT_ZOOM_0 / (1 << zoom);
		double middle = Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, Math.rint((south + north) / 2)));
		ClusterGrid grid = new ClusterGrid(cellLng * Math.cos(Math.toRadians(middle)), cellLng);
		Lock read = this.lock.readLock();
		read.lock();
		try {
			if (west <= east) {
				collect(grid, categories, south, north, west, east);
			}
			else {
				collect(grid, categories, south, north, west, 180);
				collect(grid, categories, south, north, -180, east);
			}
		}
		finally {
			read.unlock();
		}
		return grid.result(maxCells);
	}

	private List<PointHit> search(GeoPoint centre, int k, IntPredicate categories, double maxRadius) {
		Objects.requireNonNull(centre, "centre");
		Objects.requireNonNull(categories, "categories");
		if (k < 0) {
			throw new IllegalArgumentException("The number of points must be zero or more: " + k);
		}
		if (k == 0) {
			return List.of();
		}
		Lock read = this.lock.readLock();
		read.lock();
		try {
			return (this.placesById.size() == 0) ? List.of() : new RingSearch(centre, k, categories, maxRadius).run();
		}
		finally {
			read.unlock();
		}
	}

	private void collect(ClusterGrid grid, IntPredicate categories, double south, double north, double west,
			double east) {
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

	private void insertLocked(long id, int category, double lat, double lng) {
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

	private boolean removeLocked(long id) {
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

	private PointCell cellAt(int row, int col) {
		int index = (int) this.cellsByKey.get(cellKey(row, col), -1);
		return (index >= 0) ? this.cells[index] : null;
	}

	private static long place(int index, int slot) {
		return ((long) index << 32) | (slot & 0xFFFFFFFFL);
	}

	private static long cellKey(int row, int col) {
		return (long) row * COLS + col;
	}

	private static int row(double lat) {
		return Math.min(ROWS - 1, (int) Math.floor((lat + 90) * CELLS_PER_DEGREE));
	}

	private static int col(double lng) {
		return Math.min(COLS - 1, (int) Math.floor((lng + 180) * CELLS_PER_DEGREE));
	}

	/** The offset of a column difference the short way round, in (-COLS/2, COLS/2]. */
	private static int cyclicOffset(int difference) {
		int offset = Math.floorMod(difference, COLS);
		return (offset > COLS / 2) ? offset - COLS : offset;
	}

	private static void requireOnGlobe(double lat, double lng) {
		if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) {
			throw new IllegalArgumentException("Not a point on the globe: " + lat + ", " + lng);
		}
	}

	private static void requireBox(double south, double west, double north, double east) {
		requireOnGlobe(south, west);
		requireOnGlobe(north, east);
		if (south > north) {
			throw new IllegalArgumentException("The south edge " + south + " lies north of the north edge " + north);
		}
	}

	/**
	 * One ring search under the read lock: the centre, the filter, the heap of hits and
	 * the rows and columns worth visiting.
	 */
	private final class RingSearch {

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

		RingSearch(GeoPoint centre, int k, IntPredicate categories, double maxRadius) {
			this.lat = centre.lat();
			this.lng = centre.lng();
			this.cosLat = GeoPoint.cosLat(this.lat);
			this.row = row(this.lat);
			this.col = col(this.lng);
			this.categories = categories;
			this.maxRadius = maxRadius;
			this.hits = new HitHeap(k);
			double reach = Math.toDegrees(maxRadius / GeoPoint.EARTH_RADIUS_METRES) + EDGE_MARGIN_DEGREES;
			this.rowLow = Math.max(PointIndex.this.minRow, row(Math.max(-90, this.lat - reach)));
			this.rowHigh = Math.min(PointIndex.this.maxRow, row(Math.min(90, this.lat + reach)));
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
				if (this.lookups > PointIndex.this.placesById.size() && ring < rings) {
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
			for (int index = 0; index < PointIndex.this.cellsUsed; index++) {
				PointCell cell = PointIndex.this.cells[index];
				if (cell != null && (Math.abs((int) (cell.key / COLS) - this.row) > ring
						|| Math.abs(cyclicOffset((int) (cell.key % COLS) - this.col)) > ring)) {
					scan(cell);
				}
			}
		}

		/** How many rings it takes to reach every column that has held a point. */
		private int columnReach() {
			int low = cyclicOffset(PointIndex.this.minCol - this.col);
			int high = cyclicOffset(PointIndex.this.maxCol - this.col);
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
				int from = Math.max(low, PointIndex.this.minCol + shift);
				int to = Math.min(high, PointIndex.this.maxCol + shift);
				for (int col = from; col <= to; col++) {
					scan(cellAt(row, col - shift));
				}
				this.lookups += Math.max(0, to - from + 1);
			}
		}

		private void visitColumn(int unwrapped, int rowFrom, int rowTo) {
			int col = Math.floorMod(unwrapped, COLS);
			if (col < PointIndex.this.minCol || col > PointIndex.this.maxCol) {
				return;
			}
			for (int row = rowFrom; row <= rowTo; row++) {
				scan(cellAt(row, col));
			}
			this.lookups += Math.max(0, rowTo - rowFrom + 1);
		}

		private void scan(PointCell cell) {
			if (cell == null) {
				return;
			}
			for (int i = 0; i < cell.size; i++) {
				if (this.categories.test(cell.categories[i])) {
					double distance = GeoPoint.distanceMetres(this.lat, this.lng, this.cosLat, cell.lats[i],
							cell.lngs[i], cell.cosLats[i]);
					if (distance <= this.maxRadius) {
						this.hits.offer(distance, cell.ids[i]);
					}
				}
			}
		}

	}

}
