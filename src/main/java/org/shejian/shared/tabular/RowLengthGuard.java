package org.shejian.shared.tabular;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters the CSV parser takes for one row and stops it when a row grows
 * past a limit, as a quote that is never closed makes the rest of the file one value.
 * Also remembers whether the input's end was reached.
 */
final class RowLengthGuard extends FilterReader {

	private final long limit;

	private long read;

	private long rowStart;

	private boolean ended;

	RowLengthGuard(Reader in, long limit) {
		super(in);
		this.limit = limit;
	}

	/** Marks the start of the next row. */
	void startRow() {
		this.rowStart = this.read;
	}

	/** Whether the end of the input was reached. */
	boolean ended() {
		return this.ended;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		count((c < 0) ? -1 : 1);
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int count = super.read(buffer, offset, length);
		count(count);
		return count;
	}

	private void count(int chars) throws IOException {
		if (chars < 0) {
			this.ended = true;
			return;
		}
		this.read += chars;
		if (this.read - this.rowStart > this.limit) {
			throw new TooLong();
		}
	}

	/**
	 * A row longer than the limit.
	 */
	static final class TooLong extends IOException {

		TooLong() {
			super("Row longer than the limit");
		}

	}

}
