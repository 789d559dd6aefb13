package org.shejian.shared.tabular;

import java.util.List;

import org.shejian.shared.Problem;

/**
 * The rows of one kind of file, blank ones included, before a header gives them names.
 */
interface RowSource extends AutoCloseable {

	/**
	 * @return the next row's cells, or {@code null} after the last row
	 * @throws Problem (400) when the file is broken at {@link #number()}
	 */
	List<Cell> next();

	/** The number of the row last read, or of the row found broken. */
	long number();

	/** What was read, for people: the format and its encoding or sheet. */
	String description();

	@Override
	void close();

}
