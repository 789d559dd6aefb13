package org.shejian.shared.search;

import java.util.List;

/**
 * One page of the answer to {@link TextIndex#search}.
 *
 * @param total how many documents match in all, or at least ({@code atLeast})
 * @param atLeast whether more documents than {@code total} may match (totals are counted
 * exactly up to {@value TextIndex#EXACT_TOTAL_UP_TO})
 * @param hits the requested page of them, best first
 */
public record TextHits(long total, boolean atLeast, List<TextHit> hits) {

	public TextHits {
		hits = List.copyOf(hits);
	}

}
