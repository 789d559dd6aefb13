package org.shejian.appraisal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every bean of {@link AppraisalSubjects}, asked in bean order; none is fine.
 */
@Component
class RatedSites {

	private final ObjectProvider<AppraisalSubjects> sources;

	RatedSites(ObjectProvider<AppraisalSubjects> sources) {
		this.sources = sources;
	}

	List<Subject> live(SiteCategory category) {
		Set<Long> seen = new HashSet<>();
		List<Subject> sites = new ArrayList<>();
		this.sources.orderedStream()
			.flatMap((source) -> source.live(category).stream())
			.filter((site) -> site.live() && site.category() == category && seen.add(site.siteId()))
			.forEach(sites::add);
		return sites;
	}

	Optional<Subject> find(long siteId) {
		return this.sources.orderedStream().map((source) -> source.find(siteId)).flatMap(Optional::stream).findFirst();
	}

}
