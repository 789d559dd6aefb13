package org.shejian.organisation.divisions;

import org.shejian.organisation.internal.UnitRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, loads the configured province (Beijing by
 * default) from the files shipped inside the platform.
 */
@Component
class InitialDivisions {

	private static final Logger logger = LoggerFactory.getLogger(InitialDivisions.class);

	private final DivisionImporter importer;

	private final UnitRepository units;

	private final DivisionProperties properties;

	InitialDivisions(DivisionImporter importer, UnitRepository units, DivisionProperties properties) {
		this.importer = importer;
		this.units = units;
		this.properties = properties;
	}

	@EventListener
	@Order(0)
	void loadWhenEmpty(ApplicationStartedEvent event) {
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
