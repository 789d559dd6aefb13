package org.shejian.map;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;
import org.shejian.shared.geo.CoordinateSystem;
import org.shejian.shared.geo.Coordinates;
import org.shejian.shared.geo.GeoPoint;

/**
 * A box of longitudes and latitudes in WGS-84.
 */
public record BoundingBox(double minLng, double minLat, double maxLng, double maxLat) {

	/**
	 * Reads {@code minLng,minLat,maxLng,maxLat} written in the given system and converts
	 * its corners to WGS-84.
	 * @throws Problem (400, {@code map.bbox.invalid}) when it is not four numbers on the
	 * globe with the minimum below the maximum
	 */
	public static BoundingBox parse(String text, CoordinateSystem system) {
		// Limitation: the corners are converted, not the edges; a GCJ-02 box is off by
		// a few metres along its edges (lifted by converting a densified outline if it
		// ever matters).
		String compact = Text.compact(text);
		String[] parts = (compact != null) ? compact.split(",") : new String[0];
		if (parts.length != 4) {
			throw Problem.invalid("map.bbox.invalid", (compact != null) ? compact : "");
		}
		try {
			GeoPoint low = Coordinates.toWgs84(new GeoPoint(Double.parseDouble(parts[1]), Double.parseDouble(parts[0])),
					system);
			GeoPoint high = Coordinates
				.toWgs84(new GeoPoint(Double.parseDouble(parts[3]), Double.parseDouble(parts[2])), system);
			if (low.lat() > high.lat() || low.lng() > high.lng()) {
				throw Problem.invalid("map.bbox.invalid", compact);
			}
			return new BoundingBox(low.lng(), low.lat(), high.lng(), high.lat());
		}
		catch (NumberFormatException | Problem ex) {
			throw Problem.invalid("map.bbox.invalid", compact);
		}
	}

	double[] toArray() {
		return new double[] { this.minLng, this.minLat, this.maxLng, this.maxLat };
	}

}
