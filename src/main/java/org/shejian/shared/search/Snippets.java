package org.shejian.shared.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Marks the query's words in a found text, as HTML safe to insert unescaped: the text is
 * escaped and the matches are wrapped in {@code <mark>}. Matches are found in the folded
 * text (full-width and case folded like the index) and marked in the original.
 */
final class Snippets {

	/** Characters of context before the first match of a passage. */
	private static final int LEAD = 20;

	private Snippets() {
	}

	/** The whole text, marked. */
	static String marked(String text, Collection<String> marks) {
		return html(text, 0, text.length(), matches(text, marks));
	}

	/**
	 * The passage of about {@code length} characters with the most different matches (the
	 * earliest of equals), marked; the start of the text when nothing matches.
	 */
	static String passage(String text, Collection<String> marks, int length) {
		List<int[]> matches = matches(text, marks);
		int start = bestStart(text, matches, length);
		int end = Math.min(text.length(), start + length);
		if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
			end++;
		}
		String html = html(text, start, end, matches);
		return ((start > 0) ? "…" : "") + html + ((end < text.length()) ? "…" : "");
	}

	private static int bestStart(String text, List<int[]> matches, int length) {
		int best = 0;
		int bestCount = -1;
		for (int[] match : matches) {
			int start = passageStart(text, match[0]);
			int count = (int) matches.stream()
				.filter((m) -> m[0] >= start && m[1] <= start + length)
				.map((m) -> text.substring(m[0], m[1]))
				.distinct()
				.count();
			if (count > bestCount) {
				best = start;
				bestCount = count;
			}
		}
		return best;
	}

	private static int passageStart(String text, int match) {
		int start = Math.max(0, match - LEAD);
		return (start > 0 && Character.isLowSurrogate(text.charAt(start))) ? start - 1 : start;
	}

	/**
	 * The places of the marks in the original text, in order, overlapping ones joined.
	 */
	static List<int[]> matches(String text, Collection<String> marks) {
		Folded folded = Folded.of(text);
		boolean[] marked = new boolean[folded.text().length()];
		for (String mark : marks) {
			for (int at = folded.text().indexOf(mark); at >= 0
					&& !mark.isEmpty(); at = folded.text().indexOf(mark, at + 1)) {
				Arrays.fill(marked, at, at + mark.length(), true);
			}
		}
		List<int[]> matches = new ArrayList<>();
		for (int i = 0; i < marked.length; i++) {
			if (marked[i]) {
				int from = i;
				while (i < marked.length && marked[i]) {
					i++;
				}
				matches.add(new int[] { folded.originalStart(from), folded.originalEnd(i) });
			}
		}
		return matches;
	}

	private static String html(String text, int start, int end, List<int[]> matches) {
		StringBuilder html = new StringBuilder(end - start + 32);
		int at = start;
		for (int[] match : matches) {
			if (match[1] <= start || match[0] >= end) {
				continue;
			}
			int from = Math.max(match[0], start);
			int to = Math.min(match[1], end);
			escape(text, at, from, html);
			html.append("<mark>");
			escape(text, from, to, html);
			html.append("</mark>");
			at = to;
		}
		escape(text, at, end, html);
		return html.toString();
	}

	private static void escape(String text, int from, int to, StringBuilder html) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '&' -> html.append("&amp;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
	}

}
