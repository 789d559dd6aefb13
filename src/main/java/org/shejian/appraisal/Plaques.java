package org.shejian.appraisal;

import java.util.List;

import org.shejian.appraisal.internal.PlaqueRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plaques "公众满意网站" of the sites, for the websites module to show.
 */
@Service
@Transactional(readOnly = true)
public class Plaques {

	private final PlaqueRepository repository;

	Plaques(PlaqueRepository repository) {
		this.repository = repository;
	}

	/**
	 * The plaque a site holds now: the one of its latest awarded year, unless withdrawn.
	 * Empty when it holds none.
	 */
	public List<Plaque> current(long siteId) {
		return this.repository.ofSite(siteId).stream().limit(1).filter((plaque) -> !plaque.withdrawn()).toList();
	}

	/** Every plaque the site was awarded, the latest year first, withdrawn ones dated. */
	public List<Plaque> history(long siteId) {
		return this.repository.ofSite(siteId);
	}

	/** Every plaque of a category, the latest year first, then by rank. */
	public List<Plaque> ofCategory(SiteCategory category) {
		return this.repository.ofCategory(category);
	}

}
