package org.shejian.shared.search;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hankcs.hanlp.HanLP;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The Chinese analyzer on real names of places and services.
 */
class TextIndexAnalyzerTests {

	private final Analyzer analyzer = new ChineseAnalyzer();

	@Test
	void segmentsIntoHanlpWordsAndCharacterPairs() throws IOException {
		List<Seen> seen = analyse("社区养老服务驿站");

		assertThat(terms(seen, "word")).containsExactly("社区", "养老", "服务", "驿站");
		assertThat(seen).extracting(Seen::term).containsExactly("社区", "区养", "养老", "老服", "服务", "务驿", "驿站", "站");
		assertThat(seen).extracting(Seen::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void stacksAWordAndThePairThatStartsWithIt() throws IOException {
		List<Seen> seen = analyse("朝阳区望京街道");

		assertThat(seen).filteredOn((s) -> s.position() == 0)
			.extracting(Seen::term)
			.containsExactlyInAnyOrder("朝阳", "朝阳区");
		assertThat(terms(seen, "word")).containsExactly("朝阳区", "望京", "街道");
		assertThat(seen).extracting(Seen::term).contains("区望", "望京", "京街", "街道");
	}

	@Test
	void keepsThePairsWhereHanlpCutsAWordApart() throws IOException {
		List<Seen> seen = analyse("多福巷社区居委会");

		assertThat(terms(seen, "word")).containsExactly("多福", "巷", "社区", "居委会");
		assertThat(seen).extracting(Seen::term).contains("福巷", "居委", "委会");
	}

	@Test
	void foldsFullWidthAndCaseAndDropsPunctuationWithOffsetsIntoTheOriginal() throws IOException {
		String text = "“ＷｉＦｉ”覆盖，Room 3B！";
		List<Seen> seen = analyse(text);

		assertThat(seen).extracting(Seen::term).containsExactly("wifi", "覆盖", "盖", "room", "3b");
		for (Seen token : seen) {
			String original = text.substring(token.start(), token.end());
			assertThat(Normalizer.normalize(original, Normalizer.Form.NFKC).toLowerCase()).isEqualTo(token.term());
		}
		assertThat(seen.get(0).start()).isEqualTo(1);
		assertThat(seen.get(0).end()).isEqualTo(5);
	}

	@Test
	void countsCharactersOutsideTheBasicPlaneOnce() throws IOException {
		List<Seen> seen = analyse("𠀀村");

		assertThat(seen).extracting(Seen::term).contains("𠀀村", "村");
		assertThat(seen).filteredOn((s) -> s.term().equals("村")).first().extracting(Seen::start).isEqualTo(2);
	}

	@Test
	void analysesInParallelThreadsAlike() throws Exception {
		List<Seen> expected = analyse("朝阳区望京街道社区养老服务驿站");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<Seen>>> results = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				results.add(pool.submit(() -> analyse("朝阳区望京街道社区养老服务驿站")));
			}
			for (Future<List<Seen>> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void hanlpReadsOnlyItsBundledDataAndWritesNothing() throws IOException {
		HanLp.segment().seg("社区养老服务驿站");

		assertThat(HanLP.Config.IOAdapter).isInstanceOf(HanLp.BundledData.class);
		assertThat(HanLP.Config.CoreDictionaryPath).startsWith("data/dictionary/");
		assertThatIOException()
			.isThrownBy(() -> new HanLp.BundledData().create("data/dictionary/CoreNatureDictionary.mini.txt.bin"));
		assertThatIOException().isThrownBy(() -> new HanLp.BundledData().open("hanlp.properties"));
		assertThat(Path.of("data", "dictionary")).doesNotExist();
	}

	private static List<String> terms(List<Seen> seen, String type) {
		return seen.stream().filter((s) -> s.type().equals(type)).map(Seen::term).toList();
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
