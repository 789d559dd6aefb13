package org.shejian.catalogue.dcat;

import java.time.LocalDate;

/**
 * The time a dataset's data covers, exported as a {@code dct:PeriodOfTime}.
 *
 * @param start the first day, {@code null} when open
 * @param end the last day, {@code null} while the data is still being collected
 */
public record DcatPeriod(LocalDate start, LocalDate end) {

	public DcatPeriod {
		if (start == null && end == null) {
			throw new IllegalArgumentException("A period needs a start or an end");
		}
		if (start != null && end != null && end.isBefore(start)) {
			throw new IllegalArgumentException("A period cannot end before it starts");
		}
	}

}
