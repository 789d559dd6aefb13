package org.shejian.shared.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.Segment;
import org.apache.lucene.index.Term;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.shejian.shared.Problem;

/**
 * What a person typed into a search box, read as plain words: never query syntax, so
 * quotes, brackets, {@code AND} and {@code *} are only characters. Words are separated by
 * spaces and all must be found. A word is found where its characters stand side by side
 * (as a phrase of character pairs), in the title or the body; where it also matches
 * HanLP's words it scores higher, and in the title three times higher than in the body. A
 * single Chinese character is found wherever it occurs.
 */
final class TextQuery {

	/** The longest query, in characters. */
	static final int MAX_LENGTH = 100;

	/** The most words of a query. */
	static final int MAX_WORDS = 8;

	static final float TITLE_BOOST = 3f;

	/**
	 * The most a date adds to a score: all of it today, half a year after
	 * {@link #RECENCY_PIVOT_DAYS}, a third after twice that. A BM25 score of a word found
	 * once in a body is about 1 to 10, so the date only reorders documents of nearly
	 * equal relevance, and a title match stays above a body match.
	 */
	static final float RECENCY_WEIGHT = 0.5f;

	static final long RECENCY_PIVOT_DAYS = 365;

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\uFEFF]+");

	private static final ThreadLocal<Segment> SEGMENTS = ThreadLocal.withInitial(HanLp::segment);

	private final List<Word> words;

	private TextQuery(List<Word> words) {
		this.words = words;
	}

	/** A word of the query: its folded text and its terms. */
	private record Word(String folded, List<Tokens.Token> tokens) {

		List<Tokens.Token> pairs() {
			return this.tokens.stream().filter((t) -> t.is(Tokens.PAIR)).toList();
		}

		List<Tokens.Token> hanlpWords() {
			return this.tokens.stream().filter((t) -> t.is(Tokens.WORD)).toList();
		}

		/** The folded characters from the first term to the end of the last. */
		String span() {
			List<Tokens.Token> pairs = pairs();
			int from = pairs.get(0).position();
			int to = pairs.stream().mapToInt((t) -> t.position() + t.term().length()).max().orElseThrow();
			return this.folded.substring(from, to);
		}

	}

	/**
	 * Reads a query.
	 * @throws Problem (400) when the text is blank, too long, has no letters, digits or
	 * Chinese characters, or too many words
	 */
	static TextQuery parse(String text) {
		if (text == null || text.isBlank()) {
			throw Problem.invalid("search.query.missing");
		}
		if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
			throw Problem.invalid("search.query.tooLong", MAX_LENGTH);
		}
		List<Word> words = new ArrayList<>();
		for (String part : SPACES.split(text.strip())) {
			List<Tokens.Token> tokens = Tokens.of(part, SEGMENTS.get());
			if (!tokens.isEmpty()) {
				words.add(new Word(Folded.of(part).text(), tokens));
			}
		}
		if (words.isEmpty()) {
			throw Problem.invalid("search.query.noWords");
		}
		if (words.size() > MAX_WORDS) {
			throw Problem.invalid("search.query.tooManyWords", MAX_WORDS);
		}
		return new TextQuery(words);
	}

	/**
	 * The Lucene query: every word in the title or the body, the filters, and the
	 * preference for newer documents.
	 * @param filters allowed values by key name; a document passes when it has one of the
	 * allowed values of every key named (an empty set lets nothing pass)
	 * @param today the day (since the epoch) that ages are counted from
	 */
	Query toLucene(Map<String, ? extends Collection<String>> filters, long today) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Word word : this.words) {
			query.add(found(word.pairs()), Occur.MUST);
			if (!word.hanlpWords().isEmpty() && !word.hanlpWords().equals(word.pairs())) {
				query.add(inTitleOrBody(word.hanlpWords()), Occur.SHOULD);
			}
		}
		query.add(LongField.newDistanceFeatureQuery(TextIndex.DATE, RECENCY_WEIGHT, today, RECENCY_PIVOT_DAYS),
				Occur.SHOULD);
		filters.forEach((name, values) -> query.add(filter(name, values), Occur.FILTER));
		return query.build();
	}

	/** The characters to mark in a found document. */
	Set<String> marks() {
		Set<String> marks = new LinkedHashSet<>();
		for (Word word : this.words) {
			marks.add(word.span());
			word.hanlpWords()
				.stream()
				.filter((t) -> t.term().codePointCount(0, t.term().length()) > 1)
				.forEach((t) -> marks.add(t.term()));
		}
		return marks;
	}

	private static Query found(List<Tokens.Token> pairs) {
		if (pairs.size() == 1 && isOneChineseCharacter(pairs.get(0).term())) {
			String character = pairs.get(0).term();
			return either(new PrefixQuery(new Term(TextIndex.TITLE, character)),
					new PrefixQuery(new Term(TextIndex.BODY, character)));
		}
		return inTitleOrBody(pairs);
	}

	private static Query inTitleOrBody(List<Tokens.Token> tokens) {
		return either(phrase(TextIndex.TITLE, tokens), phrase(TextIndex.BODY, tokens));
	}

	private static Query either(Query title, Query body) {
		return new BooleanQuery.Builder().add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
			.add(body, Occur.SHOULD)
			.build();
	}

	private static Query phrase(String field, List<Tokens.Token> tokens) {
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		int start = tokens.get(0).position();
		for (Tokens.Token token : tokens) {
			phrase.add(new Term(field, token.term()), token.position() - start);
		}
		return phrase.build();
	}

	private static boolean isOneChineseCharacter(String term) {
		return term.codePointCount(0, term.length()) == 1
				&& Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN;
	}

	private static Query filter(String name, Collection<String> values) {
		String field = TextIndex.keyField(TextDocument.checkKeyName(name));
		if (values.isEmpty()) {
			return new MatchNoDocsQuery("no allowed value of " + name);
		}
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

}
