package org.shejian.shared.geo;

import java.util.regex.Pattern;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * A latitude and longitude in degrees (north and east positive). The numbers alone do not
 * say which {@link CoordinateSystem} they are in; the caller keeps that alongside.
 *
 * @param lat latitude, within [-90, 90]
 * @param lng longitude, within [-180, 180]
 */
public record GeoPoint(double lat, double lng) {

	/** A latitude or longitude as a plain decimal number: 39.9163, -0.5, 116. */
	private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]{1,20}(\\.[0-9]{0,20})?|\\.[0-9]{1,20})");

	/** A decimal number written with a comma as its decimal mark: 39,9163. */
	private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?[0-9]{1,3},[0-9]{1,20}");

	/** The Earth's mean radius, the sphere of {@link #distanceMetres(GeoPoint)}. */
	static final double EARTH_RADIUS_METRES = 6_371_008.8;

	/**
	 * Accepts any finite latitude and longitude on the globe.
	 * @throws Problem (400, {@code geo.outOfRange}) naming both values when either is not
	 * a finite number or out of its range
	 */
	public GeoPoint {
		if (!isValid(lat, lng)) {
			throw Problem.invalid("geo.outOfRange", String.valueOf(lat), String.valueOf(lng));
		}
	}

	/**
	 * Reads a latitude or longitude in degrees as people type it into a form or a query:
	 * full-width digits and spaces are folded (３９.９ is 39.9), and only a plain decimal
	 * number is taken, so that exponents (1e400), {@code NaN}, {@code Infinity} and
	 * hexadecimal numbers never reach the checks of range.
	 * @return the number, {@code null} when the value is blank
	 * @throws Problem (400) {@code geo.decimalComma} when it is written with a decimal
	 * comma (39,9), otherwise {@code geo.unreadable}, both naming the value
	 */
	public static Double degrees(String value) {
		String text = Text.compact(value);
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (DECIMAL_COMMA.matcher(text).matches()) {
			throw Problem.invalid("geo.decimalComma", text, text.replace(',', '.'));
		}
		if (!DECIMAL.matcher(text).matches()) {
			throw Problem.invalid("geo.unreadable", text);
		}
		return Double.parseDouble(text);
	}

	/**
	 * Reads a point entered for a place in China, telling apart the ways it goes wrong.
	 * @return the point, in range and in China
	 * @throws Problem (400) {@code geo.swapped} when the values only make a point in
	 * China the other way round (for example latitude 116.39, longitude 39.9),
	 * {@code geo.outOfRange} when they are not numbers on the globe, or
	 * {@code geo.outsideChina} when they are a point elsewhere
	 */
	public static GeoPoint inChina(double lat, double lng) {
		if (!isInChina(lat, lng) && isInChina(lng, lat)) {
			throw swapped(lat, lng);
		}
		return new GeoPoint(lat, lng).requireInChina();
	}

	/**
	 * Whether the point lies within the coarse outline of China used by the platform: the
	 * mainland, Hainan, Taiwan and the islands of the East and South China Seas, drawn
	 * with a margin of up to a few tens of kilometres beyond the land border.
	 */
	public boolean isInChina() {
		return ChinaOutline.contains(this.lat, this.lng);
	}

	/**
	 * Checks that the point is in China.
	 * @return this point
	 * @throws Problem (400) {@code geo.swapped} when the point is outside China but would
	 * be inside with latitude and longitude exchanged, otherwise
	 * {@code geo.outsideChina}; both name the latitude and longitude
	 */
	public GeoPoint requireInChina() {
		if (isInChina()) {
			return this;
		}
		if (isInChina(this.lng, this.lat)) {
			throw swapped(this.lat, this.lng);
		}
		throw Problem.invalid("geo.outsideChina", String.valueOf(this.lat), String.valueOf(this.lng));
	}

	/**
	 * Returns the great-circle distance to {@code other} in metres, on a sphere of the
	 * Earth's mean radius (haversine formula; within about 0.5 % of the ellipsoidal
	 * distance). Both points must be in the same coordinate system.
	 */
	public double distanceMetres(GeoPoint other) {
		return distanceMetres(this.lat, this.lng, cosLat(this.lat), other.lat, other.lng, cosLat(other.lat));
	}

	/** The cosine of a latitude in degrees, as {@link #distanceMetres} uses it. */
	static double cosLat(double lat) {
		return Math.cos(Math.toRadians(lat));
	}

	/**
	 * The haversine distance of {@link #distanceMetres(GeoPoint)} between two points
	 * given with the cosines of their latitudes ({@link #cosLat}), bit for bit the same
	 * number.
	 */
	static double distanceMetres(double lat1, double lng1, double cosLat1, double lat2, double lng2, double cosLat2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLng = Math.toRadians(lng2 - lng1);
		double h = square(Math.sin(dLat / 2)) + cosLat1 * cosLat2 * square(Math.sin(dLng / 2));
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	private static boolean isValid(double lat, double lng) {
		return Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
	}

	private static boolean isInChina(double lat, double lng) {
		return isValid(lat, lng) && ChinaOutline.contains(lat, lng);
	}

	private static Problem swapped(double lat, double lng) {
		return Problem.invalid("geo.swapped", String.valueOf(lat), String.valueOf(lng));
	}

	private static double square(double value) {
		return value * value;
	}

}
