package org.shejian;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.shejian.shared.Command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the platform, or runs one command and exits:
 * {@code java -jar shejian.jar COMMAND ...}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShejianApplication {

	/** Commands that run without the web server. */
	static final Set<String> COMMANDS = Set.of("import-divisions", "verify-audit", "reset-password", "import-data");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			System.exit(runCommand(args[0], Arrays.asList(args).subList(1, args.length)));
		}
		SpringApplication.run(ShejianApplication.class, args);
	}

	static int runCommand(String name, List<String> arguments) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShejianApplication.class)
			.web(WebApplicationType.NONE)
			.run("--shejian.divisions.load-on-empty=false", "--spring.main.banner-mode=off")) {
			return context.getBeansOfType(Command.class)
				.values()
				.stream()
				.filter((command) -> command.name().equals(name))
				.findFirst()
				.orElseThrow()
				.run(arguments);
		}
	}

}
