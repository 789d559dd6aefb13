package org.shejian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole platform on the test database, with Beijing loaded at start as on a first
 * run. All tests that extend it share one application context.
 */
@SpringBootTest(properties = { "shejian.accounts.initial-admin-password=Initial-Admin-2026!",
		"shejian.audit.key=test-audit-key" })
@AutoConfigureMockMvc
@Import(PlatformTestSupport.CleanDatabase.class)
public abstract class PlatformTestSupport {

	/** The password the first system administrator starts with in tests. */
	protected static final String INITIAL_ADMIN_PASSWORD = "Initial-Admin-2026!";

	@BeforeAll
	static void checkDatabase() {
		TestDatabase.assumeAvailable();
	}

	/**
	 * Files the platform writes (exports, reports of rejected rows, uploads) go to a
	 * folder of the test run, never into the data folder of an installation.
	 */
	private static final Path DATA_DIR = temporaryDataDir();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("shejian.data-dir", DATA_DIR::toString);
	}

	private static Path temporaryDataDir() {
		try {
			return Files.createTempDirectory("shejian-test-data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * On PostgreSQL, every run starts from an empty schema.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class CleanDatabase {

		@Bean
		FlywayMigrationStrategy cleanFirstOnPostgres() {
			return (Flyway flyway) -> {
				if (TestDatabase.isPostgres()) {
					flyway.clean();
				}
				flyway.migrate();
			};
		}

	}

}
