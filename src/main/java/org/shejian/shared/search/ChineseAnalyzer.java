package org.shejian.shared.search;

import org.apache.lucene.analysis.Analyzer;

/**
 * Analyses Chinese text, with Latin letters and digits among it, for the index and for
 * queries. Each character is folded to its compatibility form and to lower case
 * (full-width ＡＢＣ１２３ reads as abc123), punctuation and symbols only separate, and:
 * <ul>
 * <li>a run of letters and digits is one term ({@code wifi}, {@code 2024});</li>
 * <li>a run of Chinese characters gives the words of HanLP's standard segmenter
 * (社区/养老/服务/驿站), every pair of neighbouring characters (社区, 区养, 养老, …) and its last
 * character alone.</li>
 * </ul>
 * The pairs make a query find a sequence of characters even where HanLP cut the indexed
 * text differently from the query (望京街道 in 朝阳区望京街道); the words add weight where both
 * agree. A term's position is the place of its first character, so terms at the same
 * character are stacked and a phrase matches only characters standing side by side.
 * Offsets point into the original text, so highlighting marks what the reader wrote.
 * <p>
 * Safe to share between threads: each thread gets its own tokenizer and HanLP segmenter.
 */
public final class ChineseAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		return new TokenStreamComponents(new ChineseTokenizer());
	}

}
