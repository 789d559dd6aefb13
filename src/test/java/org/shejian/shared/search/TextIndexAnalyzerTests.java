package org.shejian.shared.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Chinese analyzer on real names of places and services.
 */
class TextIndexAnalyzerTests {

	private final Analyzer analyzer = new ChineseAnalyzer();

	@Test
	void printsSegmentation() throws IOException {
		for (String text : List.of("社区养老服务驿站", "朝阳区望京街道", "多福巷社区居委会", "望京街道", "养老驿站", "居委会")) {
			System.out.println(text + " -> " + analyse(text));
		}
	}

	record Seen(String term, String type, int position, int start, int end) {

		@Override
		public String toString() {
			return this.term + "/" + this.type + "@" + this.position + "[" + this.start + "," + this.end + ")";
		}

	}

	List<Seen> analyse(String text) throws IOException {
		List<Seen> seen = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				seen.add(new Seen(term.toString(), type.type(), position, offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		return seen;
	}

}
