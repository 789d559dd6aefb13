package org.shejian.organisation.divisions;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.shejian.organisation.internal.UnitRepository;
import org.shejian.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, loads the configured province (Beijing by
 * default) from the files shipped inside the platform. The load begins as soon as the
 * schema is migrated and runs beside the rest of the start-up; the web server opens only
 * after it has finished.
 */
@Component
class InitialDivisions extends StartupTask implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(InitialDivisions.class);

	private final DivisionImporter importer;

	private final UnitRepository units;

	private final DivisionProperties properties;

	private CompletableFuture<Void> load = CompletableFuture.completedFuture(null);

	InitialDivisions(DivisionImporter importer, UnitRepository units, DivisionProperties properties) {
		super(BEFORE_WEB_SERVER);
		this.importer = importer;
		this.units = units;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		if (!this.properties.loadOnEmpty() || !this.units.isEmpty()) {
			return;
		}
		this.load = CompletableFuture.runAsync(this::loadShipped, (task) -> {
			Thread thread = new Thread(task, "initial-divisions");
			thread.setDaemon(true);
			thread.start();
		});
	}

	private void loadShipped() {
		String province = this.properties.initialProvince();
		logger.info("Empty database: loading province {} from the shipped division files", province);
		ImportReport report = this.importer.importProvince(DivisionFileSet.shipped(province), province,
				this.properties.shippedEdition(), "system", ImportProgress.NONE);
		logger.info("Loaded {} units of province {} in {} ms", report.added(), province, report.took().toMillis());
	}

	@Override
	protected void run() {
		try {
			this.load.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading the initial divisions", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Loading the initial divisions failed", ex.getCause());
		}
	}

}
