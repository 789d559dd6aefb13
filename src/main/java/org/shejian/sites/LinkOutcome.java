package org.shejian.sites;

/**
 * What checking a link found.
 */
public enum LinkOutcome {

	/** The server answered with a success or a redirect that ended in one. */
	OK,
	/** The server answered with an error status (4xx, 5xx) or redirected too often. */
	BROKEN,
	/** Nothing answered in time, or the host name is unknown. */
	UNREACHABLE,
	/**
	 * Not checked: not http or https, or the host is a loopback, private or link-local
	 * address.
	 */
	REFUSED,
	/** Not a URL. */
	MALFORMED,
	/** An internal link ({@code /s/…}, {@code /map/…}) to a page that exists. */
	INTERNAL_OK,
	/**
	 * An internal link to a site, column, article or map item that does not exist or is
	 * not public.
	 */
	INTERNAL_BROKEN;

	/** Whether the link counts as dead: broken, unreachable or malformed. */
	public boolean dead() {
		return this == BROKEN || this == UNREACHABLE || this == MALFORMED || this == INTERNAL_BROKEN;
	}

}
