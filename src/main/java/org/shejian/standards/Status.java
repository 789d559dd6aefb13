package org.shejian.standards;

/**
 * The status of a data element or code list: drafted, made standard, retired. Only
 * standard ones bind new catalogue items; retired ones still check old data.
 */
public enum Status {

	DRAFT, STANDARD, RETIRED

}
