package org.shejian.map;

/**
 * The four classes of service item.
 */
public enum ServiceClass {

	/** 公共服务 */
	PUBLIC,

	/** 志愿互助服务 */
	VOLUNTEER,

	/** 便民服务 */
	CONVENIENCE,

	/** 信息服务 */
	INFORMATION

}
