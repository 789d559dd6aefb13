package org.shejian.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database of a benchmark, with the platform's schema: an H2 file database in a fixed
 * temporary folder, or a dedicated schema of the local PostgreSQL. It is kept between the
 * forked JVMs of one run, so that the tree is built once; whoever starts a run removes it
 * first. The PostgreSQL URL can be changed with the system property
 * {@code shejian.bench.postgres.url}.
 */
final class BenchDatabase implements AutoCloseable {

	static final String POSTGRES_SCHEMA = "bench_tree";

	static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + POSTGRES_SCHEMA
			+ "&reWriteBatchedInserts=true";

	private static final String[] MIGRATIONS = { "classpath:db/migration/organisation", "classpath:db/migration/audit",
			"classpath:db/migration/account" };

	private final String kind;

	private final HikariDataSource dataSource;

	private BenchDatabase(String kind, HikariDataSource dataSource) {
		this.kind = kind;
		this.dataSource = dataSource;
	}

	/**
	 * Opens the database as the last fork left it.
	 * @param kind {@code h2} or {@code postgres}
	 */
	static BenchDatabase open(String kind) {
		return switch (kind) {
			case "h2" -> h2();
			case "postgres" -> postgres();
			default -> throw new IllegalArgumentException("Unknown database " + kind);
		};
	}

	/** Where the H2 benchmark database lies. */
	static Path h2Folder() {
		return Path.of(System.getProperty("java.io.tmpdir"), "shejian-tree-bench-h2");
	}

	private static BenchDatabase h2() {
		try {
			Path folder = Files.createDirectories(h2Folder());
			String url = "jdbc:h2:file:" + folder.resolve("shejian") + ";AUTO_SERVER=FALSE";
			return new BenchDatabase("h2", dataSource(url, "sa"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BenchDatabase postgres() {
		String url = System.getProperty("shejian.bench.postgres.url", POSTGRES_URL);
		return new BenchDatabase("postgres", dataSource(url, "postgres"));
	}

	/**
	 * Drops everything and migrates an empty schema.
	 */
	void reset() {
		jdbc().execute(isPostgres() ? "DROP SCHEMA IF EXISTS " + POSTGRES_SCHEMA + " CASCADE" : "DROP ALL OBJECTS");
		migrate();
	}

	private static HikariDataSource dataSource(String url, String user) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		dataSource.setUsername(user);
		dataSource.setMaximumPoolSize(4);
		return dataSource;
	}

	private void migrate() {
		var configuration = Flyway.configure().dataSource(this.dataSource).locations(MIGRATIONS);
		if (isPostgres()) {
			configuration.schemas(POSTGRES_SCHEMA).createSchemas(true);
		}
		configuration.load().migrate();
	}

	/**
	 * Refreshes the planner statistics, as a maintenance run after a bulk load would.
	 */
	void analyze() {
		if (isPostgres()) {
			jdbc().execute("ANALYZE org_unit");
			jdbc().execute("ANALYZE org_unit_count");
		}
		else {
			jdbc().execute("ANALYZE");
		}
	}

	boolean isPostgres() {
		return "postgres".equals(this.kind);
	}

	HikariDataSource dataSource() {
		return this.dataSource;
	}

	JdbcTemplate jdbc() {
		return new JdbcTemplate(this.dataSource);
	}

	@Override
	public void close() {
		this.dataSource.close();
	}

}
