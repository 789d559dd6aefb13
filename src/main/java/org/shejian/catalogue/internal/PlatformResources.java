package org.shejian.catalogue.internal;

import java.util.List;
import java.util.Optional;

import org.shejian.catalogue.Catalogue;
import org.shejian.organisation.Unit;
import org.shejian.organisation.Units;
import org.shejian.shared.ResourceDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registers the resources the platform's modules declare, once the organisation tree is
 * loaded, with the city's root unit as their provider.
 */
@Component
class PlatformResources {

	private static final Logger logger = LoggerFactory.getLogger(PlatformResources.class);

	private final Catalogue catalogue;

	private final Units units;

	private final List<ResourceDeclaration> declarations;

	private final String providerCode;

	private final String providerName;

	PlatformResources(Catalogue catalogue, Units units, List<ResourceDeclaration> declarations,
			@Value("${shejian.catalogue.provider-unit}") String providerCode,
			@Value("${shejian.catalogue.provider-name}") String providerName) {
		this.catalogue = catalogue;
		this.units = units;
		this.declarations = declarations;
		this.providerCode = providerCode;
		this.providerName = providerName;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		Optional<Unit> provider = this.units.find(this.providerCode);
		if (provider.isEmpty()) {
			logger.warn("Catalogue: provider unit {} is not loaded; the platform's own resources are registered"
					+ " on the next start", this.providerCode);
			return;
		}
		for (ResourceDeclaration declaration : this.declarations) {
			this.catalogue.register(declaration, provider.get(), this.providerName);
		}
		logger.info("Catalogue: {} platform resources registered", this.declarations.size());
	}

}
