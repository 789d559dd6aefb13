package org.shejian.shared;

import org.springframework.context.SmartLifecycle;

/**
 * Work done once at start, after the schema is migrated and before the web server accepts
 * requests, so that nobody sees a half-started platform. Lower phases run first.
 */
public abstract class StartupTask implements SmartLifecycle {

	/** Phases below the web server's, which starts at {@code DEFAULT_PHASE - 1024}. */
	protected static final int BEFORE_WEB_SERVER = SmartLifecycle.DEFAULT_PHASE - 4096;

	private volatile boolean done;

	private final int phase;

	protected StartupTask(int phase) {
		this.phase = phase;
	}

	/** The work itself; called once. */
	protected abstract void run();

	@Override
	public final void start() {
		if (!this.done) {
			run();
			this.done = true;
		}
	}

	@Override
	public final void stop() {
	}

	@Override
	public final boolean isRunning() {
		return this.done;
	}

	@Override
	public final int getPhase() {
		return this.phase;
	}

}
