package org.shejian.map;

/**
 * An entry as a form or a JSON body gives it. The point, when given, comes with the
 * system it is written in ({@code crs}: wgs84, gcj02 or bd09). Only the details of the
 * entry's kind are read.
 *
 * @param version the version the change was made on; not needed to create
 */
public record EntryForm(EntryKind kind, String unitCode, String layerCode, String title, Double lat, Double lng,
		String crs, ItemDetails item, ServiceDetails service, PolicyDetails policy, Integer version) {

	/** The details of the form's kind, {@code null} when not given. */
	EntryDetails details(EntryKind of) {
		return switch (of) {
			case ITEM -> this.item;
			case SERVICE -> this.service;
			case POLICY -> this.policy;
		};
	}

}
