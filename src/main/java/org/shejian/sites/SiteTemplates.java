package org.shejian.sites;

import java.util.List;

/**
 * The columns a new site starts with, one template per kind of owner.
 */
public final class SiteTemplates {

	/**
	 * A column of a template.
	 *
	 * @param name its name
	 * @param kind what it holds
	 * @param children the columns below it
	 */
	public record Template(String name, ColumnKind kind, List<Template> children) {

		static Template of(String name, ColumnKind kind, String... children) {
			return new Template(name, kind,
					List.of(children)
						.stream()
						.map((child) -> new Template(child, ColumnKind.GENERAL, List.of()))
						.toList());
		}

	}

	private static final List<Template> COMMUNITY = List.of(
			Template.of("社务公开", ColumnKind.GENERAL, "财务公开", "决策公开", "人员公开", "居务事项"),
			Template.of("通知公告", ColumnKind.NOTICES), Template.of("网上服务", ColumnKind.SERVICES),
			Template.of("社区活动", ColumnKind.GENERAL), Template.of("联系我们", ColumnKind.GENERAL));

	private static final List<Template> PORTAL = List.of(Template.of("工作动态", ColumnKind.GENERAL),
			Template.of("通知公告", ColumnKind.NOTICES), Template.of("政务公开", ColumnKind.GENERAL),
			Template.of("网上服务", ColumnKind.SERVICES), Template.of("互动交流", ColumnKind.GENERAL),
			Template.of("联系我们", ColumnKind.GENERAL));

	private static final List<Template> BUILDING = List.of(Template.of("工作站动态", ColumnKind.GENERAL),
			Template.of("通知公告", ColumnKind.NOTICES), Template.of("服务项目", ColumnKind.SERVICES),
			Template.of("党群活动", ColumnKind.GENERAL), Template.of("联系我们", ColumnKind.GENERAL));

	private static final List<Template> SOCIAL_ORGANISATION = List.of(Template.of("机构简介", ColumnKind.GENERAL),
			Template.of("通知公告", ColumnKind.NOTICES), Template.of("服务项目", ColumnKind.SERVICES),
			Template.of("活动风采", ColumnKind.GENERAL), Template.of("联系我们", ColumnKind.GENERAL));

	private SiteTemplates() {
	}

	/** The top columns, with their children, a site of the category starts with. */
	public static List<Template> of(SiteCategory category) {
		return switch (category) {
			case COMMUNITY -> COMMUNITY;
			case PORTAL -> PORTAL;
			case BUILDING -> BUILDING;
			case SOCIAL_ORGANISATION -> SOCIAL_ORGANISATION;
		};
	}

}
