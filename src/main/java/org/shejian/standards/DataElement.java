package org.shejian.standards;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A data element (GB/T 19488.1).
 *
 * @param identifier the registry identifier, e.g. {@code DE00007}
 * @param objectClass the object class term (组织单元, 人员, …)
 * @param propertyTerm the property term; may be empty when the object class names it
 * @param representation the representation term (代码, 名称, 日期, 数量, …)
 * @param format the value format in the standards' notation ({@code c..200},
 * {@code an18})
 * @param measureUnit the unit of measure of numbers, if any
 * @param codeListIdentifier the value domain when the type is {@link DataType#CODE}
 * @param elementVersion the version of the element, raised by every change
 * @param version the optimistic-lock version of the record
 */
public record DataElement(long id, String identifier, String name, String nameEn, String definition, String objectClass,
		String propertyTerm, String representation, DataType dataType, ValueFormat format, ValueRule rule,
		String measureUnit, String codeListIdentifier, int elementVersion, Status status, String submittingOrganisation,
		String registeringOrganisation, LocalDate approvalDate, String remarks, Instant updatedAt, int version) {

	/**
	 * The name the three terms build: object class, property and representation, leaving
	 * out the representation when the property already ends with it (出生日期 + 日期).
	 */
	public static String builtName(String objectClass, String propertyTerm, String representation) {
		String property = (propertyTerm != null) ? propertyTerm : "";
		String term = (representation != null) ? representation : "";
		return objectClass + property + (property.endsWith(term) ? "" : term);
	}

}
