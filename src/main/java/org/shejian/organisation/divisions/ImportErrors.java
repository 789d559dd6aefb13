package org.shejian.organisation.divisions;

import java.util.ArrayList;
import java.util.List;

import org.shejian.shared.Problem;

import org.springframework.http.HttpStatus;

/**
 * The errors an import found, with file and line. The first {@link #SHOWN} are kept; all
 * are counted.
 */
final class ImportErrors {

	static final int SHOWN = 20;

	private final List<Problem> first = new ArrayList<>();

	private int count;

	void add(String file, long line, Problem problem) {
		this.count++;
		if (this.first.size() < SHOWN) {
			this.first.add(Problem.located(file, line, problem));
		}
	}

	void add(String file, long line, String messageKey, Object... arguments) {
		add(file, line, Problem.invalid(messageKey, arguments));
	}

	boolean isEmpty() {
		return this.count == 0;
	}

	/**
	 * @throws Problem (400) listing the first errors, when there are any
	 */
	void throwIfAny() {
		if (this.count > 0) {
			throw new Problem(HttpStatus.BAD_REQUEST, "import.rejected", this.first, this.count);
		}
	}

}
