package org.shejian.map;

import java.util.Optional;

import org.shejian.organisation.UnitLevel;
import org.shejian.shared.Actor;
import org.shejian.shared.Role;

/**
 * The levels an entry passes on its way up, from the community to the city centre.
 */
public enum MapLevel {

	COMMUNITY, STREET, DISTRICT, CITY;

	/** The map level of a unit of the tree. */
	public static MapLevel of(UnitLevel level) {
		return switch (level) {
			case VILLAGE -> COMMUNITY;
			case TOWNSHIP -> STREET;
			case COUNTY, PREFECTURAL -> DISTRICT;
			case PROVINCIAL -> CITY;
		};
	}

	/** The level above this one; the city is the top and stays the city. */
	public MapLevel above() {
		return (this == CITY) ? CITY : values()[ordinal() + 1];
	}

	/** Whether this level is {@code other} or above it. */
	public boolean atLeast(MapLevel other) {
		return ordinal() >= other.ordinal();
	}

	/** The administrator role that reviews entries held at this level, if any. */
	public Optional<Role> reviewerRole() {
		return switch (this) {
			case COMMUNITY -> Optional.empty();
			case STREET -> Optional.of(Role.STREET_ADMIN);
			case DISTRICT -> Optional.of(Role.DISTRICT_ADMIN);
			case CITY -> Optional.of(Role.CITY_ADMIN);
		};
	}

	/** Whether the actor holds this level's reviewer role. */
	public boolean reviewedBy(Actor actor) {
		return reviewerRole().map(actor::has).orElse(false);
	}

}
