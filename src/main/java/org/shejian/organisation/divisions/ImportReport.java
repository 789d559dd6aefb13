package org.shejian.organisation.divisions;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import changed.
 *
 * @param province the province imported
 * @param edition the edition date the changes are valid from
 * @param rows how many units the edition lists for the province
 * @param added units that were new
 * @param renamed units whose name changed (old names kept in their history)
 * @param moved units that now sit under another parent
 * @param retired units missing from the edition, now no longer valid
 * @param restored retired units that the edition lists again
 * @param unchanged units left as they were
 * @param took how long the import took
 * @param encodings the encoding found for each file
 */
public record ImportReport(String province, LocalDate edition, int rows, int added, int renamed, int moved, int retired,
		int restored, int unchanged, Duration took, List<String> encodings) {

	/** Rows per second, for the record of speed. */
	public long rowsPerSecond() {
		long millis = Math.max(1, this.took.toMillis());
		return this.rows * 1000L / millis;
	}

}
