package org.shejian;

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

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
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
