package org.shejian.shared.geo;

import java.util.Locale;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * The coordinate system a latitude and longitude are written in. A point is only
 * meaningful together with its system: the same numbers read in GCJ-02 instead of WGS-84
 * lie a few hundred metres apart.
 */
public enum CoordinateSystem {

	/** GPS and international maps; what the platform stores. */
	WGS84,

	/** The national offset system of Chinese web maps (Gaode, Tencent). */
	GCJ02,

	/** Baidu's system, a further offset of GCJ-02. */
	BD09;

	/**
	 * Reads a system name as people write it: {@code WGS-84}, {@code wgs84},
	 * {@code GCJ-02}, {@code gcj02}, {@code BD-09}, {@code bd09} or Baidu's
	 * {@code bd09ll}; case, spaces, full-width letters, hyphens and underscores do not
	 * matter.
	 * @throws Problem (400, {@code geo.system.unknown}) naming the value when it is
	 * missing or none of these
	 */
	public static CoordinateSystem parse(String name) {
		String compact = Text.compact(name);
		String key = (compact != null) ? compact.replaceAll("[-_]", "").toUpperCase(Locale.ROOT) : "";
		return switch (key) {
			case "WGS84" -> WGS84;
			case "GCJ02" -> GCJ02;
			case "BD09", "BD09LL" -> BD09;
			default -> throw Problem.invalid("geo.system.unknown", (compact != null) ? compact : "");
		};
	}

}
