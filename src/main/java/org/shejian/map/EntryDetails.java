package org.shejian.map;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * The fields of one kind of entry, kept beside the common ones as a JSON document. Every
 * text is plain text: pages show it escaped, never as HTML.
 */
public sealed interface EntryDetails permits ItemDetails, ServiceDetails, PolicyDetails {

	/**
	 * The details as stored: normalised and checked.
	 * @throws Problem (400) naming the field and the rule it breaks
	 */
	EntryDetails validated();

	/** An optional short text: absent when blank, otherwise a checked name. */
	static String optionalName(String value, int maxLength) {
		return Text.isBlank(value) ? null : Text.name(value, maxLength);
	}

	/** An optional web address: http or https only, at most 500 characters. */
	static String optionalUrl(String value) {
		if (Text.isBlank(value)) {
			return null;
		}
		String url = Text.name(value, 500);
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return url;
			}
		}
		catch (URISyntaxException ex) {
			// refused below
		}
		throw Problem.invalid("map.url.invalid", url);
	}

	/** A list of short texts, blanks dropped, at most {@code maxCount}. */
	static List<String> names(List<String> values, int maxCount, int maxLength) {
		List<String> names = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				if (!Text.isBlank(value)) {
					names.add(Text.name(value, maxLength));
				}
			}
		}
		if (names.size() > maxCount) {
			throw Problem.invalid("map.list.tooLong", maxCount);
		}
		return List.copyOf(names);
	}

}
