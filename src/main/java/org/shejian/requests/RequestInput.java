package org.shejian.requests;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;
import org.shejian.shared.geo.GeoPoint;

/**
 * The checks of what a resident sends. Nothing is cleaned silently: what breaks a rule is
 * refused with a message saying which.
 */
final class RequestInput {

	static final int MAX_DESCRIPTION = 4000;

	/** A tag, a closing tag, a comment or a processing instruction. */
	private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?\\s*[A-Za-z!]");

	/** An HTML character reference such as {@code &lt;} or {@code &#60;}. */
	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,30}");

	private RequestInput() {
	}

	/**
	 * Plain text of at most {@value #MAX_DESCRIPTION} characters.
	 * @throws Problem (400) when missing, too long, or carrying HTML
	 */
	static String description(String value) {
		if (value != null && value.codePointCount(0, value.length()) > MAX_DESCRIPTION) {
			throw Problem.invalid("requests.description.tooLong", MAX_DESCRIPTION);
		}
		String text = Text.prose(value, MAX_DESCRIPTION);
		if (text == null) {
			throw Problem.invalid("requests.description.missing");
		}
		if (MARKUP.matcher(text).find() || ENTITY.matcher(text).find()) {
			throw Problem.invalid("requests.description.html");
		}
		return text;
	}

	/**
	 * A WGS-84 point in China, or {@code null} when neither number is given.
	 * @throws Problem (400) when only one is given, either is not a number, or the point
	 * is out of range, swapped or outside China
	 */
	static GeoPoint point(String lat, String lng) {
		boolean hasLat = !Text.isBlank(lat);
		boolean hasLng = !Text.isBlank(lng);
		if (!hasLat && !hasLng) {
			return null;
		}
		if (hasLat != hasLng) {
			throw Problem.invalid("requests.point.incomplete");
		}
		return GeoPoint.inChina(number(lat), number(lng));
	}

	static String optional(String value, int maxLength) {
		return Text.isBlank(value) ? null : Text.name(value, maxLength);
	}

	static String email(String value) {
		String email = optional(value, 200);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw Problem.invalid("requests.email.invalid", email);
		}
		return email;
	}

	static String phone(String value) {
		String phone = optional(value, 40);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw Problem.invalid("requests.phone.invalid", phone);
		}
		return phone;
	}

	/**
	 * An absolute http or https link with a host, or {@code null} when none is given.
	 */
	static String mediaUrl(String value) {
		String url = optional(value, 1000);
		if (url == null) {
			return null;
		}
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
		throw Problem.invalid("requests.mediaUrl.invalid", url);
	}

	private static double number(String value) {
		return GeoPoint.degrees(value);
	}

}
