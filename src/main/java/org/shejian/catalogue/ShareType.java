package org.shejian.catalogue;

/**
 * How a resource is shared between departments.
 */
public enum ShareType {

	/** Any signed-in department, within its scope, and any valid key. */
	UNCONDITIONAL,
	/** Only with an approved access grant for this resource. */
	CONDITIONAL,
	/** Not shared: no read API, no export outside its provider. */
	NOT_SHARED

}
