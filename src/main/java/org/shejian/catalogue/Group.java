package org.shejian.catalogue;

/**
 * A configurable grouping of resources: one of the "four networks" or "six databases".
 */
public record Group(long id, String code, Kind kind, String name, int position) {

	public enum Kind {

		NETWORK, DATABASE

	}

}
