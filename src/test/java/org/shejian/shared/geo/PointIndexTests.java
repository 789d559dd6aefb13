package org.shejian.shared.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The point index against a brute-force scan of the same points, and at its edges: empty
 * index, radius zero, points on cell borders, at the same spot, across 180° and near the
 * poles.
 */
class PointIndexTests {

	private static final double[] RADII = { 0, 30, 500, 2_000, 25_000 };

	private static final int[] KS = { 1, 10, 50, 5_000 };

	private static final List<IntPredicate> FILTERS = List.of(PointIndex.anyCategory(), PointIndex.inCategories(1, 3),
			PointIndex.inCategories());

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void radiusAndNearestEqualBruteForceInACity(long seed) {
		Random random = new Random(seed);
		Points points = new Points();
		for (int i = 0; i < 3_000; i++) {
			points.put(i, random.nextInt(5), cityPoint(random));
		}
		points.put(10_000, 1, new GeoPoint(39.9, 116.4));
		points.put(10_001, 3, new GeoPoint(39.9, 116.4));
		PointIndex index = points.index();

		for (int query = 0; query < 40; query++) {
			GeoPoint centre = (query % 4 == 0) ? points.any(random) : cityPoint(random);
			assertSameAsBruteForce(index, points, centre);
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 11, 12, 13 })
	void radiusAndNearestEqualBruteForceOverTheGlobe(long seed) {
		Random random = new Random(seed);
		Points points = new Points();
		for (int i = 0; i < 400; i++) {
			double lat = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
			points.put(i, random.nextInt(5), new GeoPoint(lat, -180 + 360 * random.nextDouble()));
		}
		for (int i = 400; i < 600; i++) {
			points.put(i, random.nextInt(5), new GeoPoint(89 + random.nextDouble(), -180 + 360 * random.nextDouble()));
		}
		for (int i = 600; i < 800; i++) {
			points.put(i, random.nextInt(5),
					new GeoPoint(-60 + random.nextDouble(), 179.9 + 0.1 * random.nextDouble()));
		}
		PointIndex index = points.index();

		List<GeoPoint> centres = new ArrayList<>(List.of(new GeoPoint(90, 0), new GeoPoint(-90, 0),
				new GeoPoint(89.99, -180), new GeoPoint(-60.01, 180), new GeoPoint(-60.05, -179.99)));
		for (int i = 0; i < 20; i++) {
			centres.add(new GeoPoint(-90 + 180 * random.nextDouble(), -180 + 360 * random.nextDouble()));
		}
		for (GeoPoint centre : centres) {
			assertSameAsBruteForce(index, points, centre);
			assertThat(index.within(centre, 3_000_000, PointIndex.anyCategory(), Integer.MAX_VALUE))
				.containsExactlyElementsOf(
						points.within(centre, 3_000_000, PointIndex.anyCategory(), Integer.MAX_VALUE));
		}
	}

	@Test
	void pointsOnCellBordersAreFoundFromEverySide() {
		Points points = new Points();
		int id = 0;
		for (int row = 0; row <= 4; row++) {
			for (int col = 0; col <= 4; col++) {
				points.put(id++, 0, new GeoPoint(39.9 + row / 100.0, 116.4 + col / 100.0));
				points.put(id++, 0, new GeoPoint(39.9 + row * 0.01, 116.4 + col * 0.01));
			}
		}
		PointIndex index = points.index();

		for (int row = 0; row <= 8; row++) {
			for (int col = 0; col <= 8; col++) {
				GeoPoint centre = new GeoPoint(39.9 + row * 0.005, 116.4 + col * 0.005);
				assertSameAsBruteForce(index, points, centre);
			}
		}
	}

	@Test
	void findsPointsAcrossTheAntimeridian() {
		PointIndex index = new PointIndex();
		index.put(1, 0, new GeoPoint(0, 179.999));
		index.put(2, 0, new GeoPoint(0, -179.999));
		index.put(3, 0, new GeoPoint(0, 178));

		assertThat(index.within(new GeoPoint(0, 180), 200, PointIndex.anyCategory(), 10)).extracting(PointHit::id)
			.containsExactlyInAnyOrder(1L, 2L);
		assertThat(index.nearest(new GeoPoint(0, -179.9995), 2, PointIndex.anyCategory())).extracting(PointHit::id)
			.containsExactly(2L, 1L);
	}

	@Test
	void radiusZeroFindsThePointsAtTheCentreOnly() {
		PointIndex index = new PointIndex();
		index.put(7, 0, new GeoPoint(39.9, 116.4));
		index.put(3, 0, new GeoPoint(39.9, 116.4));
		index.put(5, 0, new GeoPoint(39.9, 116.400001));

		assertThat(index.within(new GeoPoint(39.9, 116.4), 0, PointIndex.anyCategory(), 10))
			.containsExactly(new PointHit(3, 0), new PointHit(7, 0));
	}

	@Test
	void nearestReturnsEveryPointWhenKExceedsTheSize() {
		PointIndex index = new PointIndex();
		index.put(1, 0, new GeoPoint(39.9, 116.4));
		index.put(2, 0, new GeoPoint(31.2, 121.5));
		index.put(3, 1, new GeoPoint(22.5, 114.1));

		assertThat(index.nearest(new GeoPoint(40, 116), 10, PointIndex.anyCategory())).extracting(PointHit::id)
			.containsExactly(1L, 2L, 3L);
		assertThat(index.nearest(new GeoPoint(40, 116), 10, PointIndex.inCategories(1))).extracting(PointHit::id)
			.containsExactly(3L);
		assertThat(index.nearest(new GeoPoint(40, 116), 10, PointIndex.anyCategory(), 1_200_000))
			.extracting(PointHit::id)
			.containsExactly(1L, 2L);
	}

	@Test
	void emptyIndexFindsNothing() {
		PointIndex index = new PointIndex();
		GeoPoint centre = new GeoPoint(39.9, 116.4);

		assertThat(index.size()).isZero();
		assertThat(index.within(centre, 1_000, PointIndex.anyCategory(), 10)).isEmpty();
		assertThat(index.nearest(centre, 10, PointIndex.anyCategory())).isEmpty();
		PointClusters clusters = index.clusters(-90, -180, 90, 180, 0, PointIndex.anyCategory());
		assertThat(clusters.clusters()).isEmpty();
		assertThat(clusters.points()).isZero();
		assertThat(clusters.truncated()).isFalse();
	}

	@Test
	void putMovesAPointAndRemoveTakesItOut() {
		PointIndex index = new PointIndex();
		GeoPoint first = new GeoPoint(39.9, 116.4);
		GeoPoint second = new GeoPoint(31.2, 121.5);
		index.put(1, 0, first);
		index.put(2, 0, first);
		index.put(1, 4, second);

		assertThat(index.size()).isEqualTo(2);
		assertThat(index.within(first, 10, PointIndex.anyCategory(), 10)).extracting(PointHit::id).containsExactly(2L);
		assertThat(index.within(second, 10, PointIndex.inCategories(4), 10)).extracting(PointHit::id)
			.containsExactly(1L);
		assertThat(index.remove(2)).isTrue();
		assertThat(index.remove(2)).isFalse();
		assertThat(index.within(first, 10, PointIndex.anyCategory(), 10)).isEmpty();
		assertThat(index.size()).isEqualTo(1);
	}

	@Test
	void clearEmptiesTheIndexForANewFill() {
		PointIndex index = new PointIndex();
		index.put(1, 0, new GeoPoint(39.9, 116.4));
		index.clear();
		index.put(2, 5, new GeoPoint(31.2, 121.5));

		assertThat(index.size()).isEqualTo(1);
		assertThat(index.nearest(new GeoPoint(39.9, 116.4), 5, PointIndex.inCategories(Set.of(5, 6))))
			.extracting(PointHit::id)
			.containsExactly(2L);
	}

	@Test
	void manyPutsAndRemovesKeepTheIndexEqualToAMap() {
		Random random = new Random(21);
		Points points = new Points();
		PointIndex index = new PointIndex();
		for (int step = 0; step < 20_000; step++) {
			long id = random.nextInt(2_000);
			if (random.nextInt(3) == 0) {
				assertThat(index.remove(id)).isEqualTo(points.remove(id));
			}
			else {
				GeoPoint point = (random.nextBoolean()) ? cityPoint(random) : new GeoPoint(39.9, 116.4);
				int category = random.nextInt(4);
				index.put(id, category, point);
				points.put(id, category, point);
			}
		}

		assertThat(index.size()).isEqualTo(points.size());
		for (int query = 0; query < 20; query++) {
			assertSameAsBruteForce(index, points, cityPoint(random));
		}
	}

	@Test
	void bulkLoadEqualsSinglePuts() {
		Random random = new Random(8);
		Points points = new Points();
		for (int i = 0; i < 2_000; i++) {
			points.put(random.nextInt(1_500), random.nextInt(3), cityPoint(random));
		}
		PointIndex loaded = new PointIndex();
		loaded.putAll(points.ids(), points.categories(), points.lats(), points.lngs());

		assertThat(loaded.size()).isEqualTo(points.size());
		for (int query = 0; query < 10; query++) {
			assertSameAsBruteForce(loaded, points, cityPoint(random));
		}
	}

	@Test
	void clusterCountsSumToThePointsInTheBox() {
		Random random = new Random(5);
		Points points = new Points();
		for (int i = 0; i < 5_000; i++) {
			points.put(i, random.nextInt(3), cityPoint(random));
		}
		PointIndex index = points.index();

		for (int zoom = 0; zoom <= PointIndex.MAX_ZOOM; zoom += 2) {
			PointClusters view = index.clusters(39.85, 116.33, 39.95, 116.47, zoom, PointIndex.inCategories(0, 2),
					Integer.MAX_VALUE);
			int inBox = points.inBox(39.85, 116.33, 39.95, 116.47, PointIndex.inCategories(0, 2));
			assertThat(view.points()).isEqualTo(inBox);
			assertThat(view.clusters().stream().mapToInt(PointCluster::count).sum()).isEqualTo(inBox);
			assertThat(view.cells()).isEqualTo(view.clusters().size());
			assertThat(view.truncated()).isFalse();
			assertThat(view.clusters()).allSatisfy((cluster) -> {
				assertThat(cluster.id() != null).isEqualTo(cluster.count() == 1);
				assertThat(cluster.lat()).isBetween(cluster.south(), cluster.north());
				assertThat(cluster.lng()).isBetween(cluster.west(), cluster.east());
			});
		}
	}

	@Test
	void clusterHoldsMeanBoundsAndTheIdOfALonePoint() {
		PointIndex index = new PointIndex();
		index.put(1, 0, new GeoPoint(39.901, 116.401));
		index.put(2, 0, new GeoPoint(39.903, 116.405));
		index.put(3, 0, new GeoPoint(39.5, 116.9));

		PointClusters view = index.clusters(39, 116, 41, 118, 8, PointIndex.anyCategory());

		assertThat(view.clusters()).hasSize(2);
		PointCluster pair = view.clusters().get(0);
		assertThat(pair.count()).isEqualTo(2);
		assertThat(pair.lat()).isCloseTo(39.902, org.assertj.core.api.Assertions.within(1e-12));
		assertThat(pair.lng()).isCloseTo(116.403, org.assertj.core.api.Assertions.within(1e-12));
		assertThat(List.of(pair.south(), pair.west(), pair.north(), pair.east())).containsExactly(39.901, 116.401,
				39.903, 116.405);
		assertThat(pair.id()).isNull();
		assertThat(view.clusters().get(1).id()).isEqualTo(3L);
	}

	@Test
	void clustersAreCappedAndSaySo() {
		Random random = new Random(6);
		Points points = new Points();
		for (int i = 0; i < 5_000; i++) {
			points.put(i, 0, cityPoint(random));
		}
		PointClusters view = points.index().clusters(39.6, 116.0, 40.2, 116.8, 16, PointIndex.anyCategory(), 100);

		assertThat(view.truncated()).isTrue();
		assertThat(view.clusters()).hasSize(100);
		assertThat(view.cells()).isGreaterThan(100);
		assertThat(view.points()).isEqualTo(points.inBox(39.6, 116.0, 40.2, 116.8, PointIndex.anyCategory()));
		assertThat(view.clusters()).isSortedAccordingTo(Comparator.comparingInt(PointCluster::count).reversed());
	}

	@Test
	void clustersABoxAcrossTheAntimeridian() {
		PointIndex index = new PointIndex();
		index.put(1, 0, new GeoPoint(-17.8, 179.5));
		index.put(2, 0, new GeoPoint(-17.8, -179.5));
		index.put(3, 0, new GeoPoint(-17.8, 170));

		PointClusters view = index.clusters(-20, 178, -15, -178, 8, PointIndex.anyCategory());

		assertThat(view.points()).isEqualTo(2);
		assertThat(view.clusters()).extracting(PointCluster::id).containsExactlyInAnyOrder(1L, 2L);
	}

	@Test
	void serializesClustersAsJson() {
		PointIndex index = new PointIndex();
		index.put(1, 0, new GeoPoint(39.901, 116.401));

		String json = JsonMapper.builder()
			.build()
			.writeValueAsString(index.clusters(39, 116, 41, 118, 10, PointIndex.anyCategory()));

		assertThat(json).contains("\"count\":1", "\"id\":1", "\"truncated\":false", "\"points\":1");
	}

	@Test
	void refusesArgumentsOutOfRange() {
		PointIndex index = new PointIndex();
		GeoPoint centre = new GeoPoint(39.9, 116.4);

		assertThatIllegalArgumentException().isThrownBy(() -> index.within(centre, -1, PointIndex.anyCategory(), 10));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> index.within(centre, Double.NaN, PointIndex.anyCategory(), 10));
		assertThatIllegalArgumentException().isThrownBy(() -> index.nearest(centre, -1, PointIndex.anyCategory()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> index.clusters(39, 116, 40, 117, 21, PointIndex.anyCategory()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> index.clusters(41, 116, 40, 117, 10, PointIndex.anyCategory()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> index.putAll(new long[] { 1 }, new int[] { 0 }, new double[] { 91 }, new double[] { 0 }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> index.putAll(new long[] { 1 }, new int[0], new double[] { 1 }, new double[] { 0 }));
		assertThat(index.size()).isZero();
	}

	private static void assertSameAsBruteForce(PointIndex index, Points points, GeoPoint centre) {
		for (IntPredicate filter : FILTERS) {
			for (double radius : RADII) {
				assertThat(index.within(centre, radius, filter, Integer.MAX_VALUE))
					.as("within %s m of %s", radius, centre)
					.containsExactlyElementsOf(points.within(centre, radius, filter, Integer.MAX_VALUE));
				assertThat(index.within(centre, radius, filter, 7)).as("7 within %s m of %s", radius, centre)
					.containsExactlyElementsOf(points.within(centre, radius, filter, 7));
			}
			for (int k : KS) {
				assertThat(index.nearest(centre, k, filter)).as("%s nearest to %s", k, centre)
					.containsExactlyElementsOf(points.within(centre, Double.POSITIVE_INFINITY, filter, k));
				assertThat(index.nearest(centre, k, filter, 1_000)).as("%s nearest within 1 km of %s", k, centre)
					.containsExactlyElementsOf(points.within(centre, 1_000, filter, k));
			}
		}
	}

	/** A point in and around central Beijing, denser towards the middle. */
	private static GeoPoint cityPoint(Random random) {
		double spread = (random.nextInt(3) == 0) ? 0.2 : 0.03;
		return new GeoPoint(39.9 + random.nextGaussian() * spread, 116.4 + random.nextGaussian() * spread);
	}

	/** The points as a plain map, scanned in full to answer every query. */
	private static final class Points {

		private final Map<Long, Entry> entries = new HashMap<>();

		void put(long id, int category, GeoPoint point) {
			this.entries.put(id, new Entry(id, category, point));
		}

		boolean remove(long id) {
			return this.entries.remove(id) != null;
		}

		int size() {
			return this.entries.size();
		}

		GeoPoint any(Random random) {
			List<Entry> all = new ArrayList<>(this.entries.values());
			return all.get(random.nextInt(all.size())).point();
		}

		PointIndex index() {
			PointIndex index = new PointIndex();
			this.entries.values().forEach((entry) -> index.put(entry.id(), entry.category(), entry.point()));
			return index;
		}

		List<PointHit> within(GeoPoint centre, double radius, IntPredicate filter, int limit) {
			return this.entries.values()
				.stream()
				.filter((entry) -> filter.test(entry.category()))
				.map((entry) -> new PointHit(entry.id(), centre.distanceMetres(entry.point())))
				.filter((hit) -> hit.distanceMetres() <= radius)
				.sorted(Comparator.comparingDouble(PointHit::distanceMetres).thenComparingLong(PointHit::id))
				.limit(limit)
				.toList();
		}

		int inBox(double south, double west, double north, double east, IntPredicate filter) {
			return (int) this.entries.values()
				.stream()
				.filter((entry) -> filter.test(entry.category()))
				.map(Entry::point)
				.filter((p) -> p.lat() >= south && p.lat() <= north && p.lng() >= west && p.lng() <= east)
				.count();
		}

		long[] ids() {
			return this.entries.values().stream().mapToLong(Entry::id).toArray();
		}

		int[] categories() {
			return this.entries.values().stream().mapToInt(Entry::category).toArray();
		}

		double[] lats() {
			return this.entries.values().stream().mapToDouble((entry) -> entry.point().lat()).toArray();
		}

		double[] lngs() {
			return this.entries.values().stream().mapToDouble((entry) -> entry.point().lng()).toArray();
		}

	}

	private record Entry(long id, int category, GeoPoint point) {
	}

}
