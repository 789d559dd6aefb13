package org.shejian.standards;

/**
 * The data types a data element may carry. Codes and identifiers are {@link #TEXT} or
 * {@link #CODE}, never numbers, so that leading zeros and long digit strings survive.
 */
public enum DataType {

	/** Characters. */
	TEXT,
	/** A value of a code list. */
	CODE,
	/** A whole number. */
	INTEGER,
	/** A decimal number, kept exactly. */
	DECIMAL,
	/** A calendar date. */
	DATE,
	/** Yes or no. */
	BOOLEAN

}
