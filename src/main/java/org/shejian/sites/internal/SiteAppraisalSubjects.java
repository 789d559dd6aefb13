package org.shejian.sites.internal;

import java.util.List;
import java.util.Optional;

import org.shejian.appraisal.AppraisalSubjects;
import org.shejian.appraisal.SiteCategory;
import org.shejian.appraisal.Subject;
import org.shejian.sites.SiteDirectory;
import org.shejian.sites.SiteSummary;

import org.springframework.stereotype.Component;

/**
 * The websites the public appraisal rates: the live sites of a category, as the directory
 * of the cluster knows them.
 */
@Component
class SiteAppraisalSubjects implements AppraisalSubjects {

	private final SiteDirectory directory;

	SiteAppraisalSubjects(SiteDirectory directory) {
		this.directory = directory;
	}

	@Override
	public List<Subject> live(SiteCategory category) {
		return this.directory.live(org.shejian.sites.SiteCategory.valueOf(category.name()))
			.stream()
			.map(SiteAppraisalSubjects::subject)
			.toList();
	}

	@Override
	public Optional<Subject> find(long siteId) {
		return this.directory.find(siteId).map(SiteAppraisalSubjects::subject);
	}

	private static Subject subject(SiteSummary site) {
		return new Subject(site.id(), SiteCategory.valueOf(site.category().name()), site.title(), site.unitId(),
				site.path(), site.live());
	}

}
