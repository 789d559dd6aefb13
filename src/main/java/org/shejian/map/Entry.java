package org.shejian.map;

import java.time.Instant;
import java.time.LocalDate;

import org.shejian.shared.geo.GeoPoint;

/**
 * The working copy of a map entry.
 *
 * @param id the entry's id, also the id of its published copy
 * @param kind map item, service item or policy
 * @param unitId the unit that owns it
 * @param layerId its layer, {@code null} for a service item or policy without one
 * @param title the name or title
 * @param state where the working copy stands
 * @param heldLevel the level that holds it: the owners' level while a draft or returned,
 * the reviewing level while reported
 * @param action what review decides on, {@code null} when nothing is pending
 * @param point the point in WGS-84, {@code null} when it has none
 * @param pointDistrict the code of the district the point lies in, {@code null} when none
 * or unknown
 * @param districtFlagged whether the point lies outside the district of the owning unit
 * @param lastVerified when its owners last confirmed it, {@code null} when never
 * @param details the kind's own fields
 * @param published whether a published copy exists
 * @param updatedAt when the working copy last changed
 * @param version the version a change must carry
 */
public record Entry(long id, EntryKind kind, long unitId, Long layerId, String title, EntryState state,
		MapLevel heldLevel, EntryAction action, GeoPoint point, String pointDistrict, boolean districtFlagged,
		LocalDate lastVerified, EntryDetails details, boolean published, Instant updatedAt, int version) {

	/** Whether its owners may change it now. */
	public boolean isEditable() {
		return this.state != EntryState.REPORTED;
	}

}
