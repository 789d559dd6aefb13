package org.shejian.appraisal;

import java.util.List;
import java.util.Optional;

/**
 * Offers the websites the public may rate; implemented by the module that keeps them.
 * Every bean of this type is asked in bean order; a site offered twice counts once, from
 * the first.
 */
public interface AppraisalSubjects {

	/** The live sites of a category, never {@code null}. */
	List<Subject> live(SiteCategory category);

	/** The site with this id, live or not, when this source knows it. */
	Optional<Subject> find(long siteId);

}
