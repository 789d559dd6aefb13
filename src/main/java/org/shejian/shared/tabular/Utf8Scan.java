package org.shejian.shared.tabular;

/**
 * Checks bytes fed in chunks against the UTF-8 rules (RFC 3629: no overlong forms, no
 * surrogates, nothing past U+10FFFF) and remembers where and on which line the first
 * fault lies. Sequences may be split across chunks.
 */
final class Utf8Scan {

	private long position;

	private long line = 1;

	private int pending;

	private int low = 0x80;

	private int high = 0xBF;

	private long start;

	private long startLine;

	private long multiByte;

	private long fault = -1;

	private long faultLine;

	/**
	 * @return {@code false} once a fault was found; later bytes are then ignored
	 */
	boolean feed(byte[] bytes, int offset, int length) {
		for (int i = offset; i < offset + length && this.fault < 0; i++) {
			accept(bytes[i] & 0xFF);
			this.position++;
		}
		return this.fault < 0;
	}

	/** Marks the end of the input: a character left unfinished is a fault. */
	void end() {
		if (this.fault < 0 && this.pending > 0) {
			fault(this.start, this.startLine);
		}
	}

	boolean valid() {
		return this.fault < 0;
	}

	/** The line (1-based) holding the first fault. */
	long faultLine() {
		return this.faultLine;
	}

	/**
	 * Whether UTF-8 text was damaged rather than another encoding used: several
	 * well-formed multi-byte characters come before the first fault, or at least one does
	 * and the fault lies in the last bytes of the input (text cut inside a character).
	 * GBK text seldom forms even a few well-formed UTF-8 sequences in a row.
	 * @param size the length of the whole input
	 */
	boolean looksDamaged(long size) {
		return this.fault >= 0 && (this.multiByte >= 3 || (this.multiByte >= 1 && size - this.fault < 4));
	}

	private void accept(int b) {
		if (this.pending > 0) {
			continuation(b);
			return;
		}
		this.start = this.position;
		this.startLine = this.line;
		if (b < 0x80) {
			this.line += (b == '\n') ? 1 : 0;
		}
		else if (b >= 0xC2 && b <= 0xDF) {
			expect(1, 0x80, 0xBF);
		}
		else if (b >= 0xE0 && b <= 0xEF) {
			expect(2, (b == 0xE0) ? 0xA0 : 0x80, (b == 0xED) ? 0x9F : 0xBF);
		}
		else if (b >= 0xF0 && b <= 0xF4) {
			expect(3, (b == 0xF0) ? 0x90 : 0x80, (b == 0xF4) ? 0x8F : 0xBF);
		}
		else {
			fault(this.position, this.line);
		}
	}

	private void continuation(int b) {
		if (b < this.low || b > this.high) {
			fault(this.start, this.startLine);
			return;
		}
		this.low = 0x80;
		this.high = 0xBF;
		this.pending--;
		this.multiByte += (this.pending == 0) ? 1 : 0;
	}

	private void expect(int continuations, int low, int high) {
		this.pending = continuations;
		this.low = low;
		this.high = high;
	}

	private void fault(long at, long line) {
		this.fault = at;
		this.faultLine = line;
	}

}
