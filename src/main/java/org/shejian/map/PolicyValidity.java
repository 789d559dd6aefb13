package org.shejian.map;

/**
 * Whether a policy is still in force.
 */
public enum PolicyValidity {

	/** 现行有效 */
	IN_FORCE,

	/** 已修订 */
	AMENDED,

	/** 已废止 */
	REPEALED,

	/** 已失效 */
	EXPIRED

}
