package org.shejian.catalogue.dcat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Checks of the records' values and the IRIs the export mints from them.
 */
final class Iris {

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private Iris() {
	}

	static String require(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Missing " + name);
		}
		return value;
	}

	/**
	 * Returns {@code value} when it is an absolute IRI.
	 * @throws IllegalArgumentException naming the field otherwise
	 */
	static String absolute(String value, String name) {
		require(value, name);
		try {
			if (IRIx.create(value).isAbsolute()) {
				return value;
			}
		}
		catch (IRIException ex) {
			throw new IllegalArgumentException("Not an IRI in " + name + ": " + value, ex);
		}
		throw new IllegalArgumentException("Not an absolute IRI in " + name + ": " + value);
	}

	/**
	 * Returns {@code id} when it is already an absolute IRI, else {@code base} followed
	 * by the encoded id.
	 */
	static String ownOrMinted(String id, String base, String name) {
		return SCHEME.matcher(id).matches() ? absolute(id, name) : base + "/" + segment(id);
	}

	/**
	 * Percent-encodes the UTF-8 bytes of {@code value} except the unreserved characters
	 * of RFC 3986, so that any text, {@code /} and Chinese included, becomes one path
	 * segment; {@code .} and {@code ..} are encoded too, as they would otherwise step out
	 * of the path.
	 */
	/**
	 * Encodes each {@code /}-separated part of an identifier as a path segment, keeping
	 * the slashes, so that a provider-code/sequence identifier maps onto the catalogue's
	 * page path.
	 */
	static String segments(String value) {
		StringBuilder path = new StringBuilder();
		for (String part : value.split("/", -1)) {
			path.append((path.length() > 0) ? "/" : "").append(segment(part));
		}
		return path.toString();
	}

	static String segment(String value) {
		if (value.equals(".") || value.equals("..")) {
			return value.replace(".", "%2E");
		}
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (isUnreserved(c)) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
			}
		}
		return encoded.toString();
	}

	private static boolean isUnreserved(int c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

}
