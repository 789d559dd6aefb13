package org.shejian.catalogue;

/**
 * How often a resource's data are updated.
 */
public enum UpdateCycle {

	REAL_TIME, DAILY, WEEKLY, MONTHLY, QUARTERLY, ANNUAL, IRREGULAR

}
