package org.shejian.map;

/**
 * The three kinds of map entry, each with its own details.
 */
public enum EntryKind {

	/** A place on the map: an office, a station, a school. */
	ITEM(ItemDetails.class),

	/** A service item (服务事项) with its service guide (办事指南). */
	SERVICE(ServiceDetails.class),

	/** A policy document. */
	POLICY(PolicyDetails.class);

	private final Class<? extends EntryDetails> detailsType;

	EntryKind(Class<? extends EntryDetails> detailsType) {
		this.detailsType = detailsType;
	}

	public Class<? extends EntryDetails> detailsType() {
		return this.detailsType;
	}

}
