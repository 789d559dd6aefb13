package org.shejian.catalogue;

/**
 * Where a resource's working copy stands in review. A resource published once stays
 * visible in its last published version while a new version is drafted and reviewed.
 */
public enum ResourceState {

	DRAFT, SUBMITTED, RETURNED, PUBLISHED

}
