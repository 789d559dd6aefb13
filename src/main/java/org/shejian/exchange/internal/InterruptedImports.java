package org.shejian.exchange.internal;

import org.shejian.exchange.Imports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, marks the batches a stopped platform left running as interrupted. Their rows
 * were written in one transaction that never committed, so nothing of them is stored.
 */
@Component
class InterruptedImports {

	private static final Logger logger = LoggerFactory.getLogger(InterruptedImports.class);

	private final Imports imports;

	InterruptedImports(Imports imports) {
		this.imports = imports;
	}

	@EventListener(ApplicationReadyEvent.class)
	void markInterrupted() {
		int count = this.imports.interruptLeftovers();
		if (count > 0) {
			logger.warn("{} imports were interrupted by the last stop; nothing of them was stored", count);
		}
	}

}
