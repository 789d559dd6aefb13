package org.shejian;

import java.io.PrintStream;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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

	/** Arguments that ask for the list of commands. */
	static final Set<String> HELP = Set.of("--help", "-h", "help");

	public static void main(String[] args) {
		Integer exit = dispatch(args, System.out, System.err);
		if (exit != null) {
			System.exit(exit);
		}
		SpringApplication.run(ShejianApplication.class, args);
	}

	/**
	 * Decides what the arguments ask for: the server (no argument, or settings such as
	 * {@code --server.port=9090}), the list of commands, or a command.
	 * @return the exit code of what ran, or {@code null} when the server is to start
	 */
	static Integer dispatch(String[] args, PrintStream out, PrintStream err) {
		if (Arrays.stream(args).allMatch(ShejianApplication::isSetting)) {
			return null;
		}
		if (HELP.contains(args[0])) {
			out.print(text("cli.usage"));
			return 0;
		}
		if (COMMANDS.contains(args[0])) {
			return runCommand(args[0], Arrays.asList(args).subList(1, args.length));
		}
		err.println(MessageFormat.format(text("cli.unknown"), args[0]));
		err.print(text("cli.usage"));
		return 64;
	}

	/**
	 * A setting for the server: {@code --name=value}, or Spring Boot's --debug and
	 * --trace.
	 */
	private static boolean isSetting(String argument) {
		int equals = argument.indexOf('=');
		return argument.equals("--debug") || argument.equals("--trace")
				|| (argument.startsWith("--") && equals > 2 && !HELP.contains(argument.substring(0, equals)));
	}

	/** A message in the language of the machine, read before any context exists. */
	private static String text(String key) {
		return ResourceBundle.getBundle("messages", Locale.getDefault()).getString(key);
	}

	static int runCommand(String name, List<String> arguments) {
		try {
			return runCommandInContext(name, arguments);
		}
		catch (RuntimeException ex) {
			if (!databaseInUse(ex)) {
				throw ex;
			}
			System.err.println(text("cli.databaseInUse"));
			return 75;
		}
	}

	/** Whether the embedded database is held by another process (H2's error 90020). */
	static boolean databaseInUse(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == 90020) {
				return true;
			}
		}
		return false;
	}

	private static int runCommandInContext(String name, List<String> arguments) {
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
