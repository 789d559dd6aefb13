package org.shejian.sites;

import java.time.Instant;

/**
 * A website.
 *
 * @param id its id
 * @param ownerKind what owns it
 * @param ownerId the owner's id: a unit id, a building id or an organisation id
 * @param category its category
 * @param unitId the unit whose subtree's administrators manage it
 * @param code the code of its address {@code /s/{code}/}: the unit code, {@code b{id}} or
 * {@code o{id}}
 * @param hostName the host name it is also served at, {@code null} when none
 * @param title its title
 * @param mainColour the colour carrying white text, {@code #rrggbb}
 * @param accentColour the second colour, {@code #rrggbb}
 * @param logoUrl an https URL or the address of an image in the site's library
 * ({@code /s/{code}/files/{id}}), {@code null} when none
 * @param contact how to reach its staff (plain text), {@code null} when none
 * @param state its lifecycle state
 * @param updatedAt when it last changed
 * @param version the version a change must carry
 */
public record Site(long id, OwnerKind ownerKind, long ownerId, SiteCategory category, long unitId, String code,
		String hostName, String title, String mainColour, String accentColour, String logoUrl, String contact,
		SiteState state, Instant updatedAt, int version) {

	public boolean isLive() {
		return this.state == SiteState.LIVE;
	}

	/** The public address. */
	public String path() {
		return "/s/" + this.code + "/";
	}

	public SiteSummary summary() {
		return new SiteSummary(this.id, this.category, this.title, this.unitId, path(), isLive());
	}

}
