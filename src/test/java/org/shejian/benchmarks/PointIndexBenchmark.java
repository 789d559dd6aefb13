package org.shejian.benchmarks;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shejian.shared.geo.GeoPoint;
import org.shejian.shared.geo.PointClusters;
import org.shejian.shared.geo.PointHit;
import org.shejian.shared.geo.PointIndex;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the point index behind the map's "nearby" lists and clustered view on
 * 1,000,000 synthetic points over Beijing ({@link BeijingPoints}), loaded in one
 * {@link PointIndex#putAll}: radius queries of 500 m and 2 km (the nearest 100, and all
 * hits of 2 km), k-nearest for k = 10 and 50, each from a centre drawn at random from
 * 10,000 drawn like the points, all categories; and the clustered view of the box of
 * Dongcheng district (50,000 points) at zooms 11, 13 and 15, alone and serialised to JSON
 * with Jackson. Sample time mode reports the percentiles; the target is a p99 under 10 ms
 * for radius and k-nearest. The set-up prints the cluster counts and JSON sizes. Run it
 * with {@code bench/point-index.sh}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g" })
@State(Scope.Benchmark)
public class PointIndexBenchmark {

	private static final int POINTS = 1_000_000;

	private static final int CENTRES = 10_000;

	private static final int PAGE = 100;

	private final PointIndex index = new PointIndex();

	private final JsonMapper json = JsonMapper.builder().build();

	private GeoPoint[] centres;

	@Setup(Level.Trial)
	public void load() {
		long started = System.nanoTime();
		BeijingPoints points = BeijingPoints.generate(POINTS, 42);
		this.index.putAll(points.ids, points.categories, points.lats, points.lngs);
		this.centres = new GeoPoint[CENTRES];
		for (int i = 0; i < CENTRES; i++) {
			double[] centre = points.queryPoint();
			this.centres[i] = new GeoPoint(centre[0], centre[1]);
		}
		System.out.printf("%nLoaded %,d points in %d ms%n", this.index.size(),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		for (int zoom : new int[] { 11, 13, 15 }) {
			PointClusters view = district(zoom);
			System.out.printf("Dongcheng at zoom %d: %,d points in %,d cells%s, JSON %,d bytes%n", zoom, view.points(),
					view.cells(), view.truncated() ? " (truncated to " + view.clusters().size() + ")" : "",
					this.json.writeValueAsBytes(view).length);
		}
	}

	@Benchmark
	public List<PointHit> within500m() {
		return this.index.within(anyCentre(), 500, PointIndex.anyCategory(), PAGE);
	}

	@Benchmark
	public List<PointHit> within2km() {
		return this.index.within(anyCentre(), 2_000, PointIndex.anyCategory(), PAGE);
	}

	@Benchmark
	public List<PointHit> within2kmAllHits() {
		return this.index.within(anyCentre(), 2_000, PointIndex.anyCategory(), Integer.MAX_VALUE);
	}

	@Benchmark
	public List<PointHit> nearest10() {
		return this.index.nearest(anyCentre(), 10, PointIndex.anyCategory());
	}

	@Benchmark
	public List<PointHit> nearest50() {
		return this.index.nearest(anyCentre(), 50, PointIndex.anyCategory());
	}

	@Benchmark
	public PointClusters clustersZoom11() {
		return district(11);
	}

	@Benchmark
	public PointClusters clustersZoom13() {
		return district(13);
	}

	@Benchmark
	public PointClusters clustersZoom15() {
		return district(15);
	}

	@Benchmark
	public byte[] clustersJsonZoom11() {
		return this.json.writeValueAsBytes(district(11));
	}

	@Benchmark
	public byte[] clustersJsonZoom13() {
		return this.json.writeValueAsBytes(district(13));
	}

	@Benchmark
	public byte[] clustersJsonZoom15() {
		return this.json.writeValueAsBytes(district(15));
	}

	private PointClusters district(int zoom) {
		double[] box = BeijingPoints.DISTRICT;
		return this.index.clusters(box[0], box[1], box[2], box[3], zoom, PointIndex.anyCategory());
	}

	private GeoPoint anyCentre() {
		return this.centres[ThreadLocalRandom.current().nextInt(CENTRES)];
	}

}
