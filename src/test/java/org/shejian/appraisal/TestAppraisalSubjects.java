package org.shejian.appraisal;

import java.util.List;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A handful of fake sites, asked before the websites module's own: six community sites
 * (one of them offline), five social organisation sites for the plaque scenarios, one
 * building site and one portal.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TestAppraisalSubjects implements AppraisalSubjects {

	static final long OFFLINE = 9006;

	static final List<Subject> SITES = List.of(site(9001, SiteCategory.COMMUNITY, "多福巷社区网"),
			site(9002, SiteCategory.COMMUNITY, "东四社区网"), site(9003, SiteCategory.COMMUNITY, "交道口社区网"),
			site(9004, SiteCategory.COMMUNITY, "景山社区网"), site(9005, SiteCategory.COMMUNITY, "安定门社区网"),
			new Subject(OFFLINE, SiteCategory.COMMUNITY, "已停办社区网", 110101001001L, "/sites/9006", false),
			site(9101, SiteCategory.BUILDING, "国贸楼宇工作站"), site(9201, SiteCategory.PORTAL, "东城区门户"),
			site(9301, SiteCategory.SOCIAL_ORGANISATION, "青年社团 A"),
			site(9302, SiteCategory.SOCIAL_ORGANISATION, "妇女社团 B"),
			site(9303, SiteCategory.SOCIAL_ORGANISATION, "助残社团 C"),
			site(9304, SiteCategory.SOCIAL_ORGANISATION, "养老社团 D"),
			site(9305, SiteCategory.SOCIAL_ORGANISATION, "志愿社团 E"));

	private static Subject site(long id, SiteCategory category, String title) {
		return new Subject(id, category, title, 110101001001L, "/sites/" + id, true);
	}

	@Override
	public List<Subject> live(SiteCategory category) {
		return SITES.stream().filter((site) -> site.category() == category && site.live()).toList();
	}

	@Override
	public Optional<Subject> find(long siteId) {
		return SITES.stream().filter((site) -> site.siteId() == siteId).findFirst();
	}

}
