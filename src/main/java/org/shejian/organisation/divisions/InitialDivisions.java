package org.shejian.organisation.divisions;

import org.shejian.organisation.internal.UnitRepository;
import org.shejian.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, loads the configured province (Beijing by
 * default) from the files shipped inside the platform.
 */
@Component
class InitialDivisions extends StartupTask {

	private static final Logger logger = LoggerFactory.getLogger(InitialDivisions.class);

	private final DivisionImporter importer;

	private final UnitRepository units;

	private final DivisionProperties properties;

	InitialDivisions(DivisionImporter importer, UnitRepository units, DivisionProperties properties) {
		super(BEFORE_WEB_SERVER);
		this.importer = importer;
		this.units = units;
		this.properties = properties;
	}

	@Override
	protected void run() {
		if (!this.properties.loadOnEmpty() || !this.units.isEmpty()) {
			return;
		}
		String province = this.properties.initialProvince();
		logger.info("Empty database: loading province {} from the shipped division files", province);
		ImportReport report = this.importer.importProvince(DivisionFileSet.shipped(province), province,
				this.properties.shippedEdition(), "system", ImportProgress.NONE);
		logger.info("Loaded {} units of province {} in {} ms", report.added(), province, report.took().toMillis());
	}

}
