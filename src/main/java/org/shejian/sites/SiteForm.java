package org.shejian.sites;

/**
 * A site as a form or a JSON body gives it.
 *
 * @param ownerKind what owns it (only when created)
 * @param owner the owner: a unit code, or a building or organisation id (only when
 * created)
 * @param title the title; the owner's name when blank on creation
 * @param hostName a host name, blank for none
 * @param mainColour {@code #rrggbb}, blank for the default
 * @param accentColour {@code #rrggbb}, blank for the default
 * @param logoUrl an https URL, blank for none
 * @param contact plain text, blank for none
 * @param version the version changed, ignored on creation
 */
public record SiteForm(OwnerKind ownerKind, String owner, String title, String hostName, String mainColour,
		String accentColour, String logoUrl, String contact, Integer version) {
}
