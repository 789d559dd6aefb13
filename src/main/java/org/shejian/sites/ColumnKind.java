package org.shejian.sites;

/**
 * What a column holds.
 */
public enum ColumnKind {

	/** Ordinary articles. */
	GENERAL,
	/** Notices: the site's RSS feed. */
	NOTICES,
	/**
	 * Online services: an article says how to apply and may link a published service
	 * guide.
	 */
	SERVICES

}
