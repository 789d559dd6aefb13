package org.shejian.organisation.divisions;

import org.shejian.shared.Problem;

/**
 * An import running in the background, as its progress page sees it.
 */
public final class ImportJob {

	private final String id;

	private final String province;

	private final String startedBy;

	private volatile String phase = "queued";

	private volatile int done;

	private volatile int total;

	private volatile ImportReport report;

	private volatile Problem problem;

	ImportJob(String id, String province, String startedBy) {
		this.id = id;
		this.province = province;
		this.startedBy = startedBy;
	}

	void update(String phase, int done, int total) {
		this.phase = phase;
		this.done = done;
		this.total = total;
	}

	void finish(ImportReport report) {
		this.report = report;
		this.phase = "done";
	}

	void fail(Problem problem) {
		this.problem = problem;
		this.phase = "failed";
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

	public String phase() {
		return this.phase;
	}

	public int percent() {
		return (this.total == 0) ? 0 : (int) (100L * this.done / this.total);
	}

	public boolean finished() {
		return this.report != null || this.problem != null;
	}

	public ImportReport report() {
		return this.report;
	}

	public Problem problem() {
		return this.problem;
	}

}
