package org.shejian.shared.search;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A gentle preference for newer documents: a factor on the relevance score of
 * {@code 1 + 0.1 × 365 / (365 + age in days)}, so 1.1 for today's document, 1.05 for last
 * year's and 1 for a document without a date. It reorders documents of nearly equal
 * relevance and never lifts a body match above a title match.
 */
final class RecencyBoost extends DoubleValuesSource {

	static final String FIELD = "date";

	private static final double WEIGHT = 0.1;

	private static final double PIVOT_DAYS = 365;

	private final long today;

	RecencyBoost(long today) {
		this.today = today;
	}

	@Override
	public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
		NumericDocValues dates = DocValues.getNumeric(context.reader(), FIELD);
		return new DoubleValues() {

			private boolean dated;

			@Override
			public double doubleValue() throws IOException {
				if (!this.dated) {
					return 1;
				}
				long age = Math.max(0, RecencyBoost.this.today - dates.longValue());
				return 1 + WEIGHT * PIVOT_DAYS / (PIVOT_DAYS + age);
			}

			@Override
			public boolean advanceExact(int doc) throws IOException {
				this.dated = dates.advanceExact(doc);
				return true;
			}

		};
	}

	@Override
	public boolean needsScores() {
		return false;
	}

	@Override
	public DoubleValuesSource rewrite(IndexSearcher searcher) {
		return this;
	}

	@Override
	public boolean isCacheable(LeafReaderContext context) {
		return DocValues.isCacheable(context, FIELD);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.today);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecencyBoost boost && boost.today == this.today;
	}

	@Override
	public String toString() {
		return "recency(" + this.today + ")";
	}

}
