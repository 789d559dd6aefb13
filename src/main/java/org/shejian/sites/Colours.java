package org.shejian.sites;

import java.util.Locale;
import java.util.regex.Pattern;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * Site colours: {@code #rrggbb}, and, for a colour that carries white text, a contrast of
 * at least 4.5:1 against white (WCAG 2.x, level AA for normal text).
 */
public final class Colours {

	/** The least contrast against white a main colour must reach. */
	public static final double MIN_CONTRAST = 4.5;

	/** The default main colour (contrast 7.0:1 against white). */
	public static final String DEFAULT_MAIN = "#a4161a";

	/** The default accent colour. */
	public static final String DEFAULT_ACCENT = "#0b4f9c";

	private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

	private Colours() {
	}

	/**
	 * @return the colour in lower case, or the default when blank
	 * @throws Problem (400) when it is not {@code #rrggbb} or too light to carry white
	 * text
	 */
	public static String checked(String value, String fallback) {
		if (Text.isBlank(value)) {
			return fallback;
		}
		String colour = Text.compact(value).toLowerCase(Locale.ROOT);
		if (!HEX.matcher(colour).matches()) {
			throw Problem.invalid("site.colour.format", Text.compact(value));
		}
		double contrast = contrastWithWhite(colour);
		if (contrast < MIN_CONTRAST) {
			throw Problem.invalid("site.colour.contrast", colour, String.format(Locale.ROOT, "%.2f", contrast));
		}
		return colour;
	}

	/** The contrast ratio of a {@code #rrggbb} colour against white, 1 to 21. */
	public static double contrastWithWhite(String colour) {
		double luminance = 0.2126 * channel(colour, 1) + 0.7152 * channel(colour, 3) + 0.0722 * channel(colour, 5);
		return 1.05 / (luminance + 0.05);
	}

	private static double channel(String colour, int start) {
		double value = Integer.parseInt(colour.substring(start, start + 2), 16) / 255.0;
		return (value <= 0.04045) ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}

}
