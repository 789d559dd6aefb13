package org.shejian.organisation.divisions;

import org.shejian.shared.Problem;

/**
 * An import running in the background, as its progress page sees it. Its state is
 * replaced as a whole, so a page always reads one consistent state.
 */
public final class ImportJob {

	private final String id;

	private final String province;

	private final String startedBy;

	private volatile State state = new State("queued", 0, 0, null, null);

	ImportJob(String id, String province, String startedBy) {
		this.id = id;
		this.province = province;
		this.startedBy = startedBy;
	}

	void update(String phase, int done, int total) {
		this.state = new State(phase, done, total, null, null);
	}

	void finish(ImportReport report) {
		this.state = new State("done", 1, 1, report, null);
	}

	void fail(Problem problem) {
		this.state = new State("failed", 0, 0, null, problem);
	}

	public String id() {
		return this.id;
	}

	public String province() {
		return this.province;
	}

	public String startedBy() {
		return this.startedBy;
	}

	/** The current state, read once. */
	public State state() {
		return this.state;
	}

	/**
	 * One moment of an import.
	 *
	 * @param phase {@code queued}, {@code reading}, {@code comparing}, {@code writing},
	 * {@code counting}, {@code done} or {@code failed}
	 * @param report the changes made, once done
	 * @param problem why it was refused, once failed
	 */
	public record State(String phase, int done, int total, ImportReport report, Problem problem) {

		public int percent() {
			return (this.total == 0) ? 0 : (int) (100L * this.done / this.total);
		}

		public boolean finished() {
			return this.report != null || this.problem != null;
		}

	}

}
