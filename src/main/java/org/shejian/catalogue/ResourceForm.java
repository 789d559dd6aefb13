package org.shejian.catalogue;

import java.util.List;

/**
 * The fields of a resource a person fills in. Lists come as lists in JSON; pages send the
 * same names.
 *
 * @param keywords keywords separated by commas, 、 or ;
 * @param publicationDate the publication date in any accepted form, today when blank
 * @param items the items in order
 * @param keyItems the names of the items that identify a row
 * @param unitItem the name of the item holding a unit code, if any
 * @param related identifiers of related resources
 * @param groups codes of the groupings
 */
public record ResourceForm(String name, String nameEn, String summary, String publicationDate, String providerAddress,
		String keywords, String thesaurus, String categoryCode, String onlineLink, String serviceUrl,
		String serviceType, String metadataMaintainer, ShareType shareType, String shareConditions, String shareMethod,
		boolean open, UpdateCycle updateCycle, List<ItemForm> items, List<String> keyItems, String unitItem,
		List<String> related, List<String> groups) {

	/**
	 * @param name the item name (lower-case letters, digits, underscore)
	 * @param element the data element's identifier
	 */
	public record ItemForm(String name, String title, String titleEn, String element, boolean required) {
	}

}
