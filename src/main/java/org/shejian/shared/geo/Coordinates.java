package org.shejian.shared.geo;

/**
 * Conversion between WGS-84, GCJ-02 and BD-09. A point must be converted exactly once,
 * from the system it was declared in: the offsets are some hundreds of metres, and
 * running a WGS-84 point through a GCJ-02 conversion moves it by that much again without
 * any sign of error. So every method takes the declared system of its input.
 * <p>
 * GCJ-02 is WGS-84 plus the widely published approximation of the national offset on the
 * Krasovsky ellipsoid; it applies only inside China (see {@link GeoPoint#isInChina()}),
 * elsewhere the two systems coincide. BD-09 adds Baidu's offset to GCJ-02 everywhere,
 * with the usual formulas both ways; BD-09 to GCJ-02 and back lands within about 0.2 m.
 * Baidu's offset is only known through such approximations, and other libraries' versions
 * of it differ from these by tens of metres.
 */
public final class Coordinates {

	private static final double KRASOVSKY_A = 6378245.0;

	private static final double KRASOVSKY_EE = 0.00669342162296594323;

	private static final double X_PI = 3.14159265358979324 * 3000.0 / 180.0;

	/** How close in degrees the GCJ-02 inverse gets before it stops (about 0.1 mm). */
	private static final double INVERSE_TOLERANCE = 1e-9;

	private static final int INVERSE_MAX_STEPS = 30;

	private Coordinates() {
	}

	/**
	 * Returns the WGS-84 point, for storage, of a point given in {@code from}.
	 * <p>
	 * From GCJ-02 (and BD-09, which goes through GCJ-02) the inverse is found by
	 * iteration: converted forward again, the result is within 1e-9 degrees of the GCJ-02
	 * input, where the one-step estimate found in many libraries is off by up to about 3
	 * m. A WGS-84 point, and a GCJ-02 point outside China, come back unchanged.
	 */
	public static GeoPoint toWgs84(GeoPoint point, CoordinateSystem from) {
		return switch (from) {
			case WGS84 -> point;
			case GCJ02 -> gcj02ToWgs84(point);
			case BD09 -> gcj02ToWgs84(bd09ToGcj02(point));
		};
	}

	/**
	 * Returns the WGS-84 {@code point} in the system {@code to}, for example for a map
	 * that draws in GCJ-02. Outside China the GCJ-02 point equals the WGS-84 one.
	 */
	public static GeoPoint fromWgs84(GeoPoint point, CoordinateSystem to) {
		return switch (to) {
			case WGS84 -> point;
			case GCJ02 -> wgs84ToGcj02(point);
			case BD09 -> gcj02ToBd09(wgs84ToGcj02(point));
		};
	}

	/**
	 * Returns {@code point}, given in {@code from}, in the system {@code to}. Between
	 * GCJ-02 and BD-09 it converts directly, otherwise through WGS-84.
	 */
	public static GeoPoint convert(GeoPoint point, CoordinateSystem from, CoordinateSystem to) {
		if (from == CoordinateSystem.GCJ02 && to == CoordinateSystem.BD09) {
			return gcj02ToBd09(point);
		}
		if (from == CoordinateSystem.BD09 && to == CoordinateSystem.GCJ02) {
			return bd09ToGcj02(point);
		}
		return (from == to) ? point : fromWgs84(toWgs84(point, from), to);
	}

	private static GeoPoint wgs84ToGcj02(GeoPoint wgs) {
		if (!wgs.isInChina()) {
			return wgs;
		}
		Shift shift = shift(wgs.lat(), wgs.lng());
		return new GeoPoint(wgs.lat() + shift.lat(), wgs.lng() + shift.lng());
	}

	/**
	 * Solves wgs + shift(wgs) = gcj by fixed-point iteration; the shift changes slowly
	 * with position, so each step gains several digits. A GCJ-02 point near the edge of
	 * the outline can have two readings, a shifted one inside China and an unshifted one
	 * outside: the one inside wins, so that every WGS-84 point in China comes back.
	 */
	private static GeoPoint gcj02ToWgs84(GeoPoint gcj) {
		double lat = gcj.lat();
		double lng = gcj.lng();
		for (int step = 0; step < INVERSE_MAX_STEPS; step++) {
			Shift shift = shift(lat, lng);
			double errorLat = lat + shift.lat() - gcj.lat();
			double errorLng = lng + shift.lng() - gcj.lng();
			if (Math.abs(errorLat) < INVERSE_TOLERANCE && Math.abs(errorLng) < INVERSE_TOLERANCE) {
				break;
			}
			lat -= errorLat;
			lng -= errorLng;
		}
		return ChinaOutline.contains(lat, lng) ? new GeoPoint(lat, lng) : gcj;
	}

	/** The GCJ-02 shift in degrees at a WGS-84 point, as if it were in China. */
	private static Shift shift(double lat, double lng) {
		double x = lng - 105.0;
		double y = lat - 35.0;
		double radLat = Math.toRadians(lat);
		double w = 1 - KRASOVSKY_EE * Math.sin(radLat) * Math.sin(radLat);
		double metresPerDegreeLat = Math.PI / 180 * KRASOVSKY_A * (1 - KRASOVSKY_EE) / (w * Math.sqrt(w));
		double metresPerDegreeLng = Math.PI / 180 * KRASOVSKY_A / Math.sqrt(w) * Math.cos(radLat);
		return new Shift(shiftNorth(x, y) / metresPerDegreeLat, shiftEast(x, y) / metresPerDegreeLng);
	}

	/**
	 * The GCJ-02 northward shift in metres at x degrees east of 105° E, y north of 35° N.
	 */
	private static double shiftNorth(double x, double y) {
		return -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) + ripple(x)
				+ (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0
				+ (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
	}

	/**
	 * The GCJ-02 eastward shift in metres at x degrees east of 105° E, y north of 35° N.
	 */
	private static double shiftEast(double x, double y) {
		return 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) + ripple(x)
				+ (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0
				+ (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
	}

	private static double ripple(double x) {
		return (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
	}

	private static GeoPoint gcj02ToBd09(GeoPoint gcj) {
		double x = gcj.lng();
		double y = gcj.lat();
		double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
		double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
		return new GeoPoint(z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065);
	}

	private static GeoPoint bd09ToGcj02(GeoPoint bd) {
		double x = bd.lng() - 0.0065;
		double y = bd.lat() - 0.006;
		double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
		double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
		return new GeoPoint(z * Math.sin(theta), z * Math.cos(theta));
	}

	private record Shift(double lat, double lng) {
	}

}
