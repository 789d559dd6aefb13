package org.shejian.benchmarks;

import java.util.Random;

/**
 * Synthetic map points over Beijing (lat 39.44–41.06, lng 115.42–117.51) for
 * {@link PointIndexBenchmark}, from a fixed seed: 40 % around the city centre (normal, σ
 * 0.07° north–south, 0.09° east–west), 35 % around fourteen district centres (σ 0.03°),
 * 25 % spread evenly; none inside the box of Dongcheng district, which gets its own
 * {@link #DISTRICT_POINTS} points (70 % around five neighbourhoods, σ 0.01°, 30 % spread
 * evenly over the box), so that the clustered view of the district has a known size.
 * Categories 0 to 7, evenly.
 */
final class BeijingPoints {

	static final double SOUTH = 39.44;

	static final double WEST = 115.42;

	static final double NORTH = 41.06;

	static final double EAST = 117.51;

	/** The box of 东城区 (Dongcheng district). */
	static final double[] DISTRICT = { 39.86, 116.35, 39.98, 116.45 };

	static final int DISTRICT_POINTS = 50_000;

	private static final double[][] DISTRICT_CENTRES = { { 39.959, 116.298 }, { 39.921, 116.443 }, { 39.858, 116.287 },
			{ 39.906, 116.223 }, { 39.909, 116.657 }, { 40.130, 116.654 }, { 40.221, 116.231 }, { 39.727, 116.341 },
			{ 39.748, 116.143 }, { 39.940, 116.102 }, { 40.316, 116.632 }, { 40.141, 117.121 }, { 40.377, 116.843 },
			{ 40.465, 115.975 } };

	private static final double[][] NEIGHBOURHOODS = { { 39.928, 116.417 }, { 39.915, 116.404 }, { 39.898, 116.42 },
			{ 39.945, 116.41 }, { 39.883, 116.398 } };

	final long[] ids;

	final int[] categories;

	final double[] lats;

	final double[] lngs;

	private final Random random;

	private BeijingPoints(int count, long seed) {
		this.ids = new long[count];
		this.categories = new int[count];
		this.lats = new double[count];
		this.lngs = new double[count];
		this.random = new Random(seed);
	}

	/**
	 * {@code count} points, the last {@link #DISTRICT_POINTS} of them in the district
	 * box.
	 */
	static BeijingPoints generate(int count, long seed) {
		BeijingPoints points = new BeijingPoints(count, seed);
		int city = count - DISTRICT_POINTS;
		for (int i = 0; i < count; i++) {
			double[] point = (i < city) ? points.cityPoint() : points.districtPoint();
			points.ids[i] = 1_000_000_000L + i;
			points.categories[i] = points.random.nextInt(8);
			points.lats[i] = point[0];
			points.lngs[i] = point[1];
		}
		return points;
	}

	/** A point where people look: drawn like the city's points, district included. */
	double[] queryPoint() {
		return (this.random.nextInt(20) == 0) ? districtPoint() : cityPoint();
	}

	private double[] cityPoint() {
		while (true) {
			int kind = this.random.nextInt(100);
			double[] point;
			if (kind < 40) {
				point = normal(39.91, 116.40, 0.07, 0.09);
			}
			else if (kind < 75) {
				double[] centre = DISTRICT_CENTRES[this.random.nextInt(DISTRICT_CENTRES.length)];
				point = normal(centre[0], centre[1], 0.03, 0.03);
			}
			else {
				point = uniform(SOUTH, WEST, NORTH, EAST);
			}
			if (inside(point, SOUTH, WEST, NORTH, EAST) && !inDistrict(point)) {
				return point;
			}
		}
	}

	private double[] districtPoint() {
		while (true) {
			double[] point;
			if (this.random.nextInt(10) < 7) {
				double[] centre = NEIGHBOURHOODS[this.random.nextInt(NEIGHBOURHOODS.length)];
				point = normal(centre[0], centre[1], 0.01, 0.01);
			}
			else {
				point = uniform(DISTRICT[0], DISTRICT[1], DISTRICT[2], DISTRICT[3]);
			}
			if (inDistrict(point)) {
				return point;
			}
		}
	}

	private double[] normal(double lat, double lng, double sigmaLat, double sigmaLng) {
		return new double[] { lat + this.random.nextGaussian() * sigmaLat,
				lng + this.random.nextGaussian() * sigmaLng };
	}

	private double[] uniform(double south, double west, double north, double east) {
		return new double[] { south + this.random.nextDouble() * (north - south),
				west + this.random.nextDouble() * (east - west) };
	}

	private static boolean inDistrict(double[] point) {
		return inside(point, DISTRICT[0], DISTRICT[1], DISTRICT[2], DISTRICT[3]);
	}

	private static boolean inside(double[] point, double south, double west, double north, double east) {
		return point[0] >= south && point[0] <= north && point[1] >= west && point[1] <= east;
	}

}
