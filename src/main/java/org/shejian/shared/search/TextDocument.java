package org.shejian.shared.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A document of a {@link TextIndex}.
 *
 * @param id the owner's identifier, unique within the index; required
 * @param title the title, searched with more weight than the body; {@code null} reads as
 * empty
 * @param body the running text; {@code null} reads as empty
 * @param keys values to filter by, by name ({@code site}, {@code unit}, {@code kind}, the
 * codes of a unit's ancestors as {@code scope}, …); names are letters, digits and
 * underscores starting with a letter, values are matched exactly; {@code null} reads as
 * none
 * @param date the document's date (published, changed), shown with it and favouring newer
 * documents a little; may be {@code null}
 */
public record TextDocument(String id, String title, String body, Map<String, List<String>> keys, LocalDate date) {

	private static final Pattern KEY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

	public TextDocument {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A document needs an id");
		}
		title = (title != null) ? title : "";
		body = (body != null) ? body : "";
		Map<String, List<String>> copy = new LinkedHashMap<>();
		if (keys != null) {
			keys.forEach((name, values) -> copy.put(checkKeyName(name), List.copyOf(values)));
		}
		keys = Map.copyOf(copy);
	}

	/** A document without keys. */
	public static TextDocument of(String id, String title, String body, LocalDate date) {
		return new TextDocument(id, title, body, Map.of(), date);
	}

	static String checkKeyName(String name) {
		if (name == null || !KEY_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a key name: " + name);
		}
		return name;
	}

}
