package org.shejian.shared.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The terms of a text, as the index and the queries see them. The folded text
 * ({@link Folded}) is cut into runs: Chinese characters, letters and digits, and anything
 * else, which only separates. A run of letters and digits is one term. A Chinese run
 * gives HanLP's words, and also every pair of neighbouring characters and its last
 * character alone, so that a phrase of pairs finds any sequence of characters however
 * HanLP split the text around it. A term's position is the place of its first character
 * in the folded text: a phrase of terms matches exactly where its characters stand side
 * by side.
 */
final class Tokens {

	/** A word: HanLP's, or a run of letters and digits. */
	static final int WORD = 1;

	/** A pair of characters, or the one character of a Chinese run of length one. */
	static final int PAIR = 2;

	/** The last character of a Chinese run of more than one. */
	static final int LAST = 4;

	private Tokens() {
	}

	/**
	 * A term, with its place in the folded text ({@code position}) and in the original
	 * text ({@code start} inclusive, {@code end} exclusive), and what it is (a sum of
	 * {@link #WORD}, {@link #PAIR}, {@link #LAST}).
	 */
	record Token(String term, int position, int start, int end, int kinds) {

		boolean is(int kind) {
			return (this.kinds & kind) != 0;
		}

	}

	static List<Token> of(String original, Segment segment) {
		Folded folded = Folded.of(original);
		String text = folded.text();
		Map<String, Token> tokens = new LinkedHashMap<>();
		int offset = 0;
		while (offset < text.length()) {
			int c = text.codePointAt(offset);
			int end = runEnd(text, offset, kindOf(c));
			if (kindOf(c) == HAN) {
				chinese(folded, offset, end, segment, tokens);
			}
			else if (kindOf(c) == ALNUM) {
				add(tokens, folded, offset, end, WORD | PAIR);
			}
			offset = end;
		}
		List<Token> list = new ArrayList<>(tokens.values());
		list.sort(Comparator.comparingInt(Token::position).thenComparingInt(Token::end));
		return list;
	}

	private static final int HAN = 0;

	private static final int ALNUM = 1;

	private static final int OTHER = 2;

	private static int kindOf(int c) {
		if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && Character.isLetter(c)) {
			return HAN;
		}
		return Character.isLetterOrDigit(c) ? ALNUM : OTHER;
	}

	private static int runEnd(String text, int offset, int kind) {
		int end = offset;
		while (end < text.length() && kindOf(text.codePointAt(end)) == kind) {
			end += Character.charCount(text.codePointAt(end));
		}
		return end;
	}

	// Limitation: a one-character Chinese run of a query is matched as that character
	// alone, so 'A座' does not find 'A座楼', where 座 begins the pair 座楼 (lifted by
	// indexing every character alone as well, at the cost of a larger index).
	private static void chinese(Folded folded, int from, int to, Segment segment, Map<String, Token> tokens) {
		String text = folded.text();
		for (Term term : segment.seg(text.substring(from, to))) {
			add(tokens, folded, from + term.offset, from + term.offset + term.word.length(), WORD);
		}
		int first = from;
		int second = from + Character.charCount(text.codePointAt(from));
		if (second == to) {
			add(tokens, folded, first, second, PAIR);
			return;
		}
		while (second < to) {
			int third = second + Character.charCount(text.codePointAt(second));
			add(tokens, folded, first, third, PAIR);
			first = second;
			second = third;
		}
		add(tokens, folded, first, to, LAST);
	}

	private static void add(Map<String, Token> tokens, Folded folded, int from, int to, int kind) {
		String term = folded.text().substring(from, to);
		tokens.merge(from + ":" + term, new Token(term, from, folded.originalStart(from), folded.originalEnd(to), kind),
				(a, b) -> new Token(a.term(), a.position(), a.start(), a.end(), a.kinds() | b.kinds()));
	}

}
