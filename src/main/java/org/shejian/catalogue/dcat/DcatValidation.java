package org.shejian.catalogue.dcat;

import java.util.List;

/**
 * The outcome of checking an export against the DCAT-AP 3.0.1 shapes.
 *
 * @param conforms whether the mandatory shapes ({@code shapes.ttl} and {@code range.ttl})
 * report nothing at all
 * @param violations what the mandatory shapes report; empty when {@code conforms}
 * @param recommendations what the recommended shapes ({@code shapes_recommended.ttl})
 * report: recommended properties that are missing; they do not affect {@code conforms}
 */
public record DcatValidation(boolean conforms, List<DcatFinding> violations, List<DcatFinding> recommendations) {

	public DcatValidation {
		violations = List.copyOf(violations);
		recommendations = List.copyOf(recommendations);
	}

}
