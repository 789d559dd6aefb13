package org.shejian.exchange;

import java.time.Instant;

/**
 * One import of one file into one resource.
 *
 * @param fileFormat what the file was read as ("CSV, GB18030", "XLSX, 数据")
 * @param coordinates the coordinate system the file declared, if it carries coordinates
 * @param message why the file was refused or interrupted, or what was ignored
 * @param rejectsFile the stored report of rejected rows, {@code null} when there were
 * none
 */
public record Batch(long id, long resourceId, String resourceIdentifier, String fileName, String fileFormat,
		ImportMode mode, String coordinates, State state, long rowsRead, long rowsLoaded, long rowsRejected,
		String message, String rejectsFile, String startedBy, long startedUnitId, Instant startedAt, Instant finishedAt,
		String rolledBackBy, Instant rolledBackAt) {

	public enum State {

		/** Reading and loading. */
		RUNNING,
		/** Loaded (all rows, or the valid ones). */
		LOADED,
		/**
		 * Nothing loaded: the file was refused or, in all-or-nothing mode, had rejected
		 * rows.
		 */
		REFUSED,
		/** Stopped by a restart of the platform before it finished; nothing loaded. */
		INTERRUPTED,
		/** Undone: its rows removed and what it overwrote restored. */
		ROLLED_BACK

	}

	public boolean isFinished() {
		return this.state != State.RUNNING;
	}

}
