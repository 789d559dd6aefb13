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
 * {@link #clear}, so after points far apart have been removed, a query may still walk
 * empty rings towards where they were, up to as many cell lookups as there are points
 * (lifted by recomputing the extent when a cell empties at its edge, if that ever shows).
 */
public final class PointIndex {

	/** The maximum zoom level of {@link #clusters}. */
	public static final int MAX_ZOOM = 20;

	/** How many cluster cells {@link #clusters} returns unless told otherwise. */
	public static final int DEFAULT_MAX_CELLS = 2_000;

	/**
	 * A cluster cell at zoom 0: 60 of the 256 pixels of the web-Mercator tile, in
	 * degrees.
	 */
	private static final double CLUSTER_DEGREES_AT_ZOOM_0 = 360.0 * 60 / 256;

	/** Web-Mercator maps end here; cluster cells keep the height they have there. */
	private static final double MERCATOR_MAX_LAT = 85;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private PointGrid grid = new PointGrid();

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
			this.grid.put(id, category, point.lat(), point.lng());
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
			this.grid.reserve(count);
			for (int i = 0; i < count; i++) {
				this.grid.put(ids[i], categories[i], lats[i], lngs[i]);
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
			return this.grid.remove(id);
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
			this.grid = new PointGrid();
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
			return this.grid.size();
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
		Objects.requireNonNull(categories, "categories");
		requireBox(south, west, north, east);
		if (zoom < 0 || zoom > MAX_ZOOM || maxCells < 0) {
			throw new IllegalArgumentException("Zoom 0 to " + MAX_ZOOM + " and a cap of zero or more cells, not zoom "
					+ zoom + " and " + maxCells + " cells");
		}
		double cellLng = CLUSTER_DEGREES_AT_ZOOM_0 / (1 << zoom);
		double middle = Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, Math.rint((south + north) / 2)));
		ClusterGrid clusters = new ClusterGrid(cellLng * Math.cos(Math.toRadians(middle)), cellLng);
		Lock read = this.lock.readLock();
		read.lock();
		try {
			if (west <= east) {
				this.grid.collect(clusters, categories, south, north, west, east);
			}
			else {
				this.grid.collect(clusters, categories, south, north, west, 180);
				this.grid.collect(clusters, categories, south, north, -180, east);
			}
		}
		finally {
			read.unlock();
		}
		return clusters.result(maxCells);
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
			return (this.grid.size() == 0) ? List.of()
					: new RingSearch(this.grid, centre, k, categories, maxRadius).run();
		}
		finally {
			read.unlock();
		}
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

}
