/**
 * Data standards: data elements after GB/T 19488.1 (identifier, names, definition, the
 * three terms, type, format, unit, value domain, version, status, organisations) and code
 * lists with versioned values. {@link org.shejian.standards.ValueCheck} is the one check
 * of a value against its data element that every import and form uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data standards")
package org.shejian.standards;
