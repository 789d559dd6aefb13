package org.shejian.appraisal;

/**
 * The 95% Wilson score interval of a mean rating: ratings 1–5 scaled to [0, 1], the
 * interval computed there and scaled back. With few ballots it is wide, so ranking by its
 * lower end favours sites many people rated well over a site two people rated 5.
 */
final class Scores {

	private static final double Z = 1.959963984540054;

	private Scores() {
	}

	/** The lower and upper end for {@code count} ballots summing to {@code sum}. */
	static double[] interval(long count, long sum) {
		if (count <= 0) {
			return new double[] { 1, 5 };
		}
		double n = count;
		double p = ((double) sum / n - 1) / 4;
		double z2 = Z * Z;
		double centre = p + z2 / (2 * n);
		double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
		double denominator = 1 + z2 / n;
		return new double[] { 1 + 4 * Math.max(0, (centre - spread) / denominator),
				1 + 4 * Math.min(1, (centre + spread) / denominator) };
	}

}
