package org.shejian;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Assumptions;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses the database of a test run: an in-memory H2 by default, or the PostgreSQL at
 * 127.0.0.1:5432 (database {@code test}, user {@code postgres}) when the system property
 * {@code shejian.test.database} is {@code postgres}. Where PostgreSQL is absent the tests
 * skip with a visible message, unless {@code shejian.test.postgres.required} is
 * {@code true} (CI), in which case they fail.
 */
public final class TestDatabase {

	static final String POSTGRES_URL = System.getProperty("shejian.test.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true");

	/**
	 * The schema the tests own (cleaned before each run); two checkouts testing on one
	 * server at once each name their own.
	 */
	static final String POSTGRES_SCHEMA = System.getProperty("shejian.test.postgres.schema",
			(System.getenv("SHEJIAN_TEST_POSTGRES_SCHEMA") != null) ? System.getenv("SHEJIAN_TEST_POSTGRES_SCHEMA")
					: "shejian_test");

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("shejian.test.database"));
	}

	static boolean isRequired() {
		return Boolean.getBoolean("shejian.test.postgres.required")
				|| "true".equalsIgnoreCase(System.getenv("SHEJIAN_TEST_POSTGRES_REQUIRED"));
	}

	/**
	 * Skips (or, where PostgreSQL is required, fails) when the chosen database cannot be
	 * reached.
	 */
	public static void assumeAvailable() {
		if (!isPostgres()) {
			return;
		}
		DriverManager.setLoginTimeout(3);
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
			connection.isValid(3);
		}
		catch (SQLException ex) {
			String message = "PostgreSQL not reachable at " + POSTGRES_URL + " (" + ex.getMessage()
					+ "): database tests skipped on PostgreSQL";
			if (isRequired()) {
				throw new IllegalStateException(message.replace("skipped", "REQUIRED but unavailable"), ex);
			}
			System.err.println("SKIPPED: " + message);
			Assumptions.abort(message);
		}
	}

	static void register(DynamicPropertyRegistry registry) {
		if (isPostgres()) {
			String separator = POSTGRES_URL.contains("?") ? "&" : "?";
			registry.add("spring.datasource.url", () -> POSTGRES_URL + separator + "currentSchema=" + POSTGRES_SCHEMA);
			registry.add("spring.datasource.username", () -> "postgres");
			registry.add("spring.datasource.password", () -> "");
			registry.add("spring.flyway.schemas", () -> POSTGRES_SCHEMA);
			registry.add("spring.flyway.create-schemas", () -> "true");
			registry.add("spring.flyway.clean-disabled", () -> "false");
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:shejian-test;DB_CLOSE_DELAY=-1");
			registry.add("spring.datasource.username", () -> "sa");
			registry.add("spring.datasource.password", () -> "");
		}
	}

}
