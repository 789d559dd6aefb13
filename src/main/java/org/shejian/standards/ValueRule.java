package org.shejian.standards;

/**
 * A rule beyond type and format that some data elements carry: the check characters of
 * national codes, the ranges of coordinates and years, counts that are never negative.
 */
public enum ValueRule {

	NONE,
	/** A division code, 6, 9 or 12 digits (GB/T 2260 and the statistical codes). */
	UNIT_CODE,
	/** A unified social credit code with its check character (GB 32100). */
	CREDIT_CODE,
	/** An organisation code with its check character (GB 11714). */
	ORGANISATION_CODE,
	/** A citizen identity number with its birth date and check character (GB 11643). */
	ID_NUMBER,
	/** Degrees east, -180 to 180. */
	LONGITUDE,
	/** Degrees north, -90 to 90. */
	LATITUDE,
	/** A year between 1949 and 2100. */
	YEAR,
	/** A count or a measure (people, households, area): zero or more. */
	NOT_NEGATIVE

}
