package org.shejian.shared.geo;

import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers query the point index while a writer keeps moving its points: no reader fails,
 * and every reader sees all the points, each once, in order of distance.
 */
class PointIndexConcurrencyTests {

	private static final int POINTS = 2_000;

	@Test
	void readersSeeAConsistentIndexWhileAWriterMovesPoints() throws Exception {
		PointIndex index = new PointIndex();
		Random setup = new Random(1);
		for (int id = 0; id < POINTS; id++) {
			index.put(id, id % 3, point(setup));
		}
		AtomicBoolean running = new AtomicBoolean(true);
		Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
		ExecutorService executor = Executors.newFixedThreadPool(4);

		try {
			Future<Integer> writes = executor.submit(() -> write(index, running));
			List<Future<Integer>> reads = List.of(executor.submit(() -> read(index, running, failures, 2)),
					executor.submit(() -> read(index, running, failures, 3)),
					executor.submit(() -> read(index, running, failures, 4)));
			Thread.sleep(1_500);
			running.set(false);

			assertThat(writes.get(10, TimeUnit.SECONDS)).isPositive();
			for (Future<Integer> read : reads) {
				assertThat(read.get(10, TimeUnit.SECONDS)).isPositive();
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(failures).isEmpty();
		assertThat(index.size()).isEqualTo(POINTS);
	}

	private static int write(PointIndex index, AtomicBoolean running) {
		Random random = new Random(7);
		int writes = 0;
		while (running.get()) {
			if (writes % 50 == 0) {
				long[] ids = random.longs(100, 0, POINTS).distinct().toArray();
				double[] lats = new double[ids.length];
				double[] lngs = new double[ids.length];
				for (int i = 0; i < ids.length; i++) {
					GeoPoint point = point(random);
					lats[i] = point.lat();
					lngs[i] = point.lng();
				}
				index.putAll(ids, new int[ids.length], lats, lngs);
			}
			else {
				int id = random.nextInt(POINTS);
				index.put(id, id % 3, point(random));
			}
			writes++;
		}
		return writes;
	}

	private static int read(PointIndex index, AtomicBoolean running, Queue<Throwable> failures, long seed) {
		Random random = new Random(seed);
		int reads = 0;
		try {
			while (running.get()) {
				GeoPoint centre = point(random);
				assertAllOnce(index.nearest(centre, POINTS + 10, PointIndex.anyCategory()));
				assertAllOnce(index.within(centre, 10_000_000, PointIndex.anyCategory(), Integer.MAX_VALUE));
				assertThat(index.nearest(centre, 10, PointIndex.inCategories(1))).hasSize(10)
					.isSortedAccordingTo((a, b) -> Double.compare(a.distanceMetres(), b.distanceMetres()));
				assertThat(index.clusters(-90, -180, 90, 180, 12, PointIndex.anyCategory(), Integer.MAX_VALUE).points())
					.isEqualTo(POINTS);
				reads++;
			}
		}
		catch (Throwable failure) {
			failures.add(failure);
		}
		return reads;
	}

	private static void assertAllOnce(List<PointHit> hits) {
		assertThat(hits).hasSize(POINTS);
		assertThat(hits.stream().mapToLong(PointHit::id).distinct().count()).isEqualTo(POINTS);
		assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(a.distanceMetres(), b.distanceMetres()));
	}

	private static GeoPoint point(Random random) {
		return new GeoPoint(39.9 + random.nextGaussian() * 0.1, 116.4 + random.nextGaussian() * 0.1);
	}

}
