package org.shejian.organisation.divisions;

/**
 * Receives the progress of an import as it runs.
 */
public interface ImportProgress {

	/** Progress that nobody watches. */
	ImportProgress NONE = (phase, done, total) -> {
	};

	/**
	 * @param phase the step now running: {@code reading}, {@code comparing},
	 * {@code writing}, {@code counting}
	 * @param done how many units of this step are done
	 * @param total how many units this step has
	 */
	void update(String phase, int done, int total);

}
