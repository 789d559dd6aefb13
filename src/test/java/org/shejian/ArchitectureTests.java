package org.shejian;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules the module test does not cover, each with its reason.
 */
@AnalyzeClasses(packagesOf = ShejianApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** Services answer pages and the API alike, so they must not know about either. */
	@ArchTest
	static final ArchRule servicesDoNotDependOnTheWebLayer = noClasses().that()
		.resideOutsideOfPackages("..web..", "..account.internal..", "org.shejian.shared.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web.servlet..", "org.springframework.ui..");

	/**
	 * Time comes from the one injected clock (UTC), so it can be fixed in tests and is
	 * never local.
	 */
	@ArchTest
	static final ArchRule noLocalClockReads = noClasses().should()
		.callMethod(java.time.LocalDateTime.class, "now")
		.orShould()
		.callMethod(java.time.Instant.class, "now")
		.orShould()
		.callMethod(java.lang.System.class, "currentTimeMillis");

	/** Controllers go through services, which check scope and write the audit log. */
	@ArchTest
	static final ArchRule controllersDoNotTouchRepositories = noClasses().that()
		.haveSimpleNameEndingWith("Controller")
		.should()
		.dependOnClassesThat()
		.haveSimpleNameEndingWith("Repository");

	/**
	 * Raw JDBC stays in repositories and the audit log, where every statement is tested
	 * on both databases.
	 */
	@ArchTest
	static final ArchRule jdbcOnlyInPersistence = noClasses().that()
		.resideInAnyPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

}
