/**
 * Chinese-aware full-text search: {@link org.shejian.shared.search.TextIndex}, one per
 * owner from {@link org.shejian.shared.search.TextIndexes}, over Lucene with HanLP
 * segmentation ({@link org.shejian.shared.search.ChineseAnalyzer}).
 */
package org.shejian.shared.search;
