package org.shejian.sites;

import org.shejian.account.internal.AccountPrincipal;
import org.shejian.shared.Role;

/**
 * Sites and articles for tests: two communities of 东城区 in different streets, their live
 * sites, and articles in their columns.
 */
final class SiteFixtures {

	/** 多福巷社区 in 东华门街道. */
	static final String COMMUNITY_A = "110101001001";

	/** 隆福寺社区 in 景山街道. */
	static final String COMMUNITY_B = "110101002001";

	static final String STREET_OF_A = "110101001";

	static final String DONGCHENG = "110101";

	private SiteFixtures() {
	}

	static SiteForm unitSite(String code) {
		return new SiteForm(OwnerKind.UNIT, code, null, null, null, null, null, null, null);
	}

	/** Creates the unit's site and makes it live. */
	static Site liveSite(Sites sites, AccountPrincipal admin, String code) {
		Site site = sites.create(admin, unitSite(code));
		return sites.changeState(admin, site.id(), SiteState.LIVE, site.version());
	}

	static SiteColumn column(Sites sites, Site site, ColumnKind kind) {
		return sites.columns(site.id()).stream().filter((column) -> column.kind() == kind).findFirst().orElseThrow();
	}

	static ArticleForm article(long columnId, String title, String body) {
		return new ArticleForm(columnId, title, body, null, false, null, null, null);
	}

	static ArticleForm changed(Article article, String title, String body, int version) {
		return new ArticleForm(article.columnId(), title, body, null, article.pinned(), article.publishAt(),
				article.expireAt(), version);
	}

	static Role[] reviewerRoles() {
		return new Role[] { Role.STREET_ADMIN };
	}

}
