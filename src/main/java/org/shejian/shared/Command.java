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

}
