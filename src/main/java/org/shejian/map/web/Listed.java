package org.shejian.map.web;

import org.shejian.map.EntryKind;
import org.shejian.map.ItemDetails;
import org.shejian.map.PolicyDetails;
import org.shejian.map.PublishedEntry;
import org.shejian.map.ServiceDetails;

/**
 * A published entry as a line of the map's list: its page and one line that places it (an
 * address, a place, an issuer).
 */
record Listed(PublishedEntry entry, String url, String line) {

	static Listed of(PublishedEntry entry) {
		return new Listed(entry, url(entry), line(entry));
	}

	/** The public page of the entry. */
	static String url(PublishedEntry entry) {
		return "/map/" + path(entry.kind()) + "/" + entry.id();
	}

	private static String path(EntryKind kind) {
		return switch (kind) {
			case ITEM -> "items";
			case SERVICE -> "services";
			case POLICY -> "policies";
		};
	}

	private static String line(PublishedEntry entry) {
		if (entry.details() instanceof ItemDetails item) {
			return item.address();
		}
		if (entry.details() instanceof ServiceDetails service) {
			return service.place();
		}
		return (entry.details() instanceof PolicyDetails policy) ? policy.issuer() : null;
	}

}
