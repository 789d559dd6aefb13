package org.shejian.shared;

import java.util.List;

/**
 * A command-line command of the platform ({@code java -jar shejian.jar NAME [options]}).
 * Each module contributes its own as a bean.
 */
public interface Command {

	/** The name typed on the command line, such as {@code import-divisions}. */
	String name();

	/** One line of usage text. */
	String usage();

	/**
	 * Runs the command with the arguments that follow its name.
	 * @return the process exit code: 0 for success
	 */
	int run(List<String> arguments);

	/**
	 * The value that follows {@code name} among the arguments, {@code null} when absent.
	 */
	static String option(List<String> arguments, String name) {
		int index = arguments.indexOf(name);
		return (index >= 0 && index + 1 < arguments.size()) ? arguments.get(index + 1) : null;
	}

}
