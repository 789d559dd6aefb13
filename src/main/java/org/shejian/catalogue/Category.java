package org.shejian.catalogue;

/**
 * A node of the classification tree: 类 (depth 1), 项 (2), 目 (3), 细目 (4).
 */
public record Category(long id, String code, String name, Long parentId, int depth) {

	/** The name of the classification scheme. */
	public static final String SCHEME = "社会建设信息资源分类";

}
