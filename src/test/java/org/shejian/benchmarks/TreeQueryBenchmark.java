package org.shejian.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.shejian.organisation.Page;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitStats;
import org.shejian.organisation.Units;
import org.shejian.organisation.internal.UnitRepository;

import org.springframework.beans.BeanUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the three tree reads behind every unit page, on a synthetic province of
 * 700,000 village-level units ({@link SyntheticTree}), on H2 and on PostgreSQL: one page
 * of a unit's children ({@link Units#children}), a village's ancestors
 * ({@link Units#ancestors}) and a unit's subtree counts ({@link Units#stats}), each for a
 * unit drawn at random. Sample time mode reports the percentiles; the target is a p99
 * under 5 ms. The services are called directly, without the read-only transaction that
 * wraps them in the application. The first trial on each database builds the tree; the
 * others reuse it. Run it with {@code bench/tree-query.sh}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g" })
@State(Scope.Benchmark)
public class TreeQueryBenchmark {

	private static final int SAMPLE = 5_000;

	private static final int PAGE_SIZE = 100;

	@Param({ "h2", "postgres" })
	public String database;

	private BenchDatabase db;

	private Units units;

	private List<Unit> parents;

	private List<Unit> villages;

	@Setup(Level.Trial)
	public void buildTree() {
		this.db = BenchDatabase.open(this.database);
		UnitRepository repository = BeanUtils.instantiateClass(
				constructor(UnitRepository.class, JdbcClient.class, JdbcTemplate.class),
				JdbcClient.create(this.db.dataSource()), this.db.jdbc());
		if (!SyntheticTree.isComplete(this.db.jdbc())) {
			build(repository);
		}
		this.units = BeanUtils.instantiateClass(constructor(Units.class, UnitRepository.class), repository);
		this.parents = sample("depth < 4");
		this.villages = sample("depth = 4");
	}

	private void build(UnitRepository repository) {
		long started = System.nanoTime();
		this.db.reset();
		TransactionTemplate transactions = new TransactionTemplate(
				new DataSourceTransactionManager(this.db.dataSource()));
		new SyntheticTree(repository, transactions).build();
		this.db.analyze();
		System.out.printf("%nBuilt the synthetic tree on %s in %d s%n", this.database,
				TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
	}

	private static <T> java.lang.reflect.Constructor<T> constructor(Class<T> type, Class<?>... parameters) {
		try {
			return type.getDeclaredConstructor(parameters);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Units drawn at random, with a fixed seed, from those matching the condition. */
	private List<Unit> sample(String condition) {
		List<Long> ids = this.db.jdbc().queryForList("SELECT id FROM org_unit WHERE " + condition, Long.class);
		Random random = new Random(42);
		List<Unit> sample = new ArrayList<>(SAMPLE);
		for (int i = 0; i < SAMPLE; i++) {
			sample.add(this.units.findById(ids.get(random.nextInt(ids.size()))).orElseThrow());
		}
		return sample;
	}

	@TearDown(Level.Trial)
	public void dropDatabase() {
		this.db.close();
	}

	@Benchmark
	public Page<Unit> children() {
		return this.units.children(any(this.parents), 0, PAGE_SIZE, false);
	}

	@Benchmark
	public List<Unit> ancestors() {
		return this.units.ancestors(any(this.villages));
	}

	@Benchmark
	public UnitStats stats() {
		return this.units.stats(any(this.parents));
	}

	private static Unit any(List<Unit> units) {
		return units.get(ThreadLocalRandom.current().nextInt(units.size()));
	}

}
