package org.shejian.catalogue;

import java.util.regex.Pattern;

import org.shejian.shared.Problem;
import org.shejian.standards.DataType;

/**
 * An item (field) of a resource, bound to a data element.
 *
 * @param name the item's name in the API and in files (lower case letters, digits and
 * underscores); its column is {@code c_<name>}
 * @param title the heading used in pages and files (Chinese)
 * @param element the identifier of its data element
 * @param dataType the data type of that element
 * @param required whether every row must carry a value
 */
public record Item(String name, String title, String titleEn, String element, DataType dataType, boolean required) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,29}");

	/** The column that holds the item in its resource's relation. */
	public String column() {
		return column(this.name);
	}

	/**
	 * @throws Problem (400) when the name is not an item name
	 */
	public static String column(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw Problem.invalid("catalogue.item.name", String.valueOf(name));
		}
		return "c_" + name;
	}

	public static boolean isName(String name) {
		return name != null && NAME.matcher(name).matches();
	}

}
