package org.shejian.shared;

import java.util.List;

/**
 * A module's own data, declared as an information resource of the catalogue. A module
 * publishes one bean of this type per resource; the catalogue registers it at start-up
 * and serves its rows through the read API. The module's own migration creates the view
 * named here, with the columns {@code _key} (unique, the stable order of cursors),
 * {@code _unit} (the unit whose scope a row belongs to), {@code _batch} and
 * {@code c_<item>} per item.
 *
 * @param key a stable key, such as {@code organisation.units}
 * @param name the resource name (Chinese)
 * @param nameEn the resource name in English
 * @param summary the abstract
 * @param keywords the keywords
 * @param categoryCode the classification code (类/项/目)
 * @param view the view holding the rows; {@code null} for a resource whose rows the
 * platform stores (filled by imports)
 * @param keyItems the items that together identify a row
 * @param unitItem the item holding the unit code, {@code null} when rows have none
 * @param items the items, in order
 * @param shareType {@code UNCONDITIONAL}, {@code CONDITIONAL} or {@code NOT_SHARED}
 * @param open whether anybody may read it without signing in
 * @param updateCycle {@code REAL_TIME}, {@code DAILY}, … {@code ANNUAL},
 * {@code IRREGULAR}
 * @param groups the codes of the groupings ("four networks, six databases") it belongs to
 */
public record ResourceDeclaration(String key, String name, String nameEn, String summary, List<String> keywords,
		String categoryCode, String view, List<String> keyItems, String unitItem, List<Item> items, String shareType,
		boolean open, String updateCycle, List<String> groups) {

	/**
	 * @param name the item name (lower case letters, digits, underscore)
	 * @param title its title (Chinese)
	 * @param element the identifier of its data element
	 */
	public record Item(String name, String title, String element) {
	}

}
