package org.shejian.shared.search;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text folded for matching: each character in its compatibility form (NFKC, so that
 * full-width letters and digits become ASCII) and in lower case, with the place in the
 * original text that every folded character came from, so that matches found in the
 * folded text can be marked in the original.
 */
final class Folded {

	private final String text;

	private final int[] starts;

	private final int[] ends;

	private Folded(String text, int[] starts, int[] ends) {
		this.text = text;
		this.starts = starts;
		this.ends = ends;
	}

	static Folded of(String original) {
		StringBuilder folded = new StringBuilder(original.length());
		int[] starts = new int[original.length() + 8];
		int[] ends = new int[original.length() + 8];
		for (int offset = 0; offset < original.length();) {
			int c = original.codePointAt(offset);
			int next = offset + Character.charCount(c);
			String form = fold(c);
			for (int i = 0; i < form.length(); i++) {
				if (folded.length() == starts.length) {
					starts = Arrays.copyOf(starts, starts.length * 2);
					ends = Arrays.copyOf(ends, ends.length * 2);
				}
				starts[folded.length()] = offset;
				ends[folded.length()] = next;
				folded.append(form.charAt(i));
			}
			offset = next;
		}
		return new Folded(folded.toString(), starts, ends);
	}

	private static String fold(int c) {
		if (c < 0x80) {
			return String.valueOf((char) Character.toLowerCase(c));
		}
		if (c >= 0x4E00 && c <= 0x9FFF) {
			return Character.toString(c);
		}
		if (c >= 0xFF01 && c <= 0xFF5E) {
			return String.valueOf((char) Character.toLowerCase(c - 0xFEE0));
		}
		String form = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
		StringBuilder lower = new StringBuilder(form.length());
		form.codePoints().forEach((p) -> lower.appendCodePoint(Character.toLowerCase(p)));
		return lower.toString();
	}

	String text() {
		return this.text;
	}

	/**
	 * The offset in the original text where the folded character at {@code index} began.
	 */
	int originalStart(int index) {
		return (index < this.text.length()) ? this.starts[index] : originalLength();
	}

	/**
	 * The offset in the original text just after the folded range that ends at
	 * {@code end}.
	 */
	int originalEnd(int end) {
		return (end > 0) ? this.ends[end - 1] : 0;
	}

	private int originalLength() {
		return (this.text.isEmpty()) ? 0 : this.ends[this.text.length() - 1];
	}

}
