package org.shejian.exchange;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name an export file is saved under.
 */
class ExportJobTests {

	@Test
	void namesTheFileByTheDayInBeijingAndLeavesOutCharactersNoFileSystemTakes() {
		// 2026-12-04 23:30 UTC is already 5 December in Beijing
		ExportJob job = new ExportJob(1, "11/000001", "东城区/人口:2026", ExportJob.Format.XLSX, ExportJob.State.DONE, 3,
				null, "someone", 1, Instant.parse("2026-12-04T23:00:00Z"), Instant.parse("2026-12-04T23:30:00Z"));

		assertThat(job.fileName()).isEqualTo("东城区_人口_2026-2026-12-05.xlsx");
	}

}
