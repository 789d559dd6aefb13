package org.shejian.shared.search;

import java.io.IOException;
import java.util.List;

import com.hankcs.hanlp.seg.Segment;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The Lucene face of {@link Tokens}: reads the whole field, then hands out its terms with
 * their offsets in the original text and positions that count folded characters (terms
 * that start at the same character share a position). The type of a term is {@code word},
 * {@code pair} or {@code last} (the first that applies).
 */
final class ChineseTokenizer extends Tokenizer {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	private final Segment segment = HanLp.segment();

	private final StringBuilder text = new StringBuilder();

	private final char[] buffer = new char[4096];

	private List<Tokens.Token> tokens;

	private int next;

	private int position;

	@Override
	public boolean incrementToken() throws IOException {
		if (this.tokens == null) {
			this.tokens = Tokens.of(readAll(), this.segment);
		}
		if (this.next == this.tokens.size()) {
			return false;
		}
		clearAttributes();
		Tokens.Token token = this.tokens.get(this.next++);
		this.term.append(token.term());
		this.offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
		this.increment.setPositionIncrement(token.position() - this.position);
		this.type.setType(token.is(Tokens.WORD) ? "word" : token.is(Tokens.PAIR) ? "pair" : "last");
		this.position = token.position();
		return true;
	}

	private String readAll() throws IOException {
		this.text.setLength(0);
		for (int read = this.input.read(this.buffer); read != -1; read = this.input.read(this.buffer)) {
			this.text.append(this.buffer, 0, read);
		}
		return this.text.toString();
	}

	@Override
	public void end() throws IOException {
		super.end();
		int last = correctOffset(this.text.length());
		this.offset.setOffset(last, last);
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.tokens = null;
		this.next = 0;
		this.position = -1;
	}

}
