package org.shejian.sites;

import java.util.List;
import java.util.Optional;

import org.shejian.sites.internal.SiteRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sites as other modules read them (the public appraisal, reports).
 */
@Service
@Transactional(readOnly = true)
public class SiteDirectory {

	private final SiteRepository sites;

	SiteDirectory(SiteRepository sites) {
		this.sites = sites;
	}

	/**
	 * The live sites of the category, by code; every live site when the category is
	 * {@code null}.
	 */
	public List<SiteSummary> live(SiteCategory category) {
		return this.sites.inState(SiteState.LIVE, category).stream().map(Site::summary).toList();
	}

	/** The site, in whatever state; empty when there is none. */
	public Optional<SiteSummary> find(long siteId) {
		return this.sites.find(siteId).map(Site::summary);
	}

}
