package org.shejian.shared;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
	 * Checks that the arguments are the command's options, each named once and followed
	 * by its value, so that a mistyped option is not silently ignored.
	 * @param options the names of the options the command takes, such as {@code --file}
	 * @return what is wrong, or {@code null} when nothing is
	 */
	static String misfit(List<String> arguments, Set<String> options) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < arguments.size(); i += 2) {
			String name = arguments.get(i);
			if (!options.contains(name)) {
				return "unknown option: " + name;
			}
			if (!seen.add(name)) {
				return "option given twice: " + name;
			}
			if (i + 1 >= arguments.size() || options.contains(arguments.get(i + 1))) {
				return "option without its value: " + name;
			}
		}
		return null;
	}

	/**
	 * The value that follows {@code name} among the arguments, {@code null} when absent.
	 */
	static String option(List<String> arguments, String name) {
		int index = arguments.indexOf(name);
		return (index >= 0 && index + 1 < arguments.size()) ? arguments.get(index + 1) : null;
	}

}
