package org.shejian.exchange;

import java.time.Instant;
import java.time.LocalDate;

import org.shejian.shared.Dates;

/**
 * A resource written to a file in the background.
 *
 * @param rowsWritten rows written so far (while running) or in all
 */
public record ExportJob(long id, String resourceIdentifier, String resourceName, Format format, State state,
		long rowsWritten, String message, String requestedBy, long requestedById, Instant requestedAt,
		Instant finishedAt) {

	public enum Format {

		CSV("csv", "text/csv; charset=UTF-8"),
		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		private final String extension;

		private final String mediaType;

		Format(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String extension() {
			return this.extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

	}

	public enum State {

		RUNNING, DONE, FAILED

	}

	/**
	 * The file name offered to the browser: the resource name and the day of the export.
	 */
	public String fileName() {
		// the day as the platform's users count it, not the day in UTC
		String day = (this.finishedAt != null) ? LocalDate.ofInstant(this.finishedAt, Dates.ZONE).toString() : "";
		return this.resourceName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "-" + day + "." + this.format.extension;
	}

}
