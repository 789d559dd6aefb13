package org.shejian.map;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shejian.shared.geo.CoordinateSystem;
import org.shejian.shared.geo.Coordinates;
import org.shejian.shared.geo.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Points of entries against the vectors of {@code fixtures/coords/coord_vectors.csv}: a
 * declared point is converted to WGS-84 exactly once and comes back in any system.
 */
class MapCoordinatesTests {

	@Test
	void aGcj02PointIsStoredAsItsWgs84VectorAndReadBackAsGcj02Unchanged() throws IOException {
		for (String[] row : vectors("GCJ02", "WGS84")) {
			if (row[0].equals("readme_gcj2wgs")) {
				// That row's expected value is a one-step approximation, metres off.
				continue;
			}
			double lat = Double.parseDouble(row[2]);
			double lng = Double.parseDouble(row[3]);

			GeoPoint stored = MapWorkflow.point(lat, lng, "gcj02");
			GeoPoint shown = Coordinates.fromWgs84(stored, CoordinateSystem.GCJ02);

			assertThat(stored.lat()).as(row[0]).isCloseTo(Double.parseDouble(row[5]), within(1e-6));
			assertThat(stored.lng()).as(row[0]).isCloseTo(Double.parseDouble(row[6]), within(1e-6));
			assertThat(shown.lat()).as(row[0]).isCloseTo(lat, within(1e-6));
			assertThat(shown.lng()).as(row[0]).isCloseTo(lng, within(1e-6));
		}
	}

	@Test
	void aWgs84PointIsStoredAsGivenAndShownAsItsGcj02Vector() throws IOException {
		for (String[] row : vectors("WGS84", "GCJ02")) {
			GeoPoint stored = MapWorkflow.point(Double.parseDouble(row[2]), Double.parseDouble(row[3]), "WGS-84");
			GeoPoint shown = Coordinates.fromWgs84(stored, CoordinateSystem.GCJ02);

			assertThat(stored).isEqualTo(new GeoPoint(Double.parseDouble(row[2]), Double.parseDouble(row[3])));
			assertThat(shown.lat()).as(row[0]).isCloseTo(Double.parseDouble(row[5]), within(1e-6));
			assertThat(shown.lng()).as(row[0]).isCloseTo(Double.parseDouble(row[6]), within(1e-6));
		}
	}

	@Test
	void aPointConvertedTwiceIsNotWhatIsStored() {
		GeoPoint gcj = new GeoPoint(39.91334545536069, 116.38404722455657);

		GeoPoint stored = MapWorkflow.point(gcj.lat(), gcj.lng(), "gcj02");
		GeoPoint twice = Coordinates.toWgs84(Coordinates.toWgs84(gcj, CoordinateSystem.GCJ02), CoordinateSystem.GCJ02);

		assertThat(stored.distanceMetres(new GeoPoint(39.911954, 116.377817))).isLessThan(0.5);
		assertThat(twice.distanceMetres(stored)).isGreaterThan(400);
	}

	@Test
	void aBd09PointGoesThroughGcj02Once() throws IOException {
		for (String[] row : vectors("BD09", "GCJ02")) {
			GeoPoint stored = MapWorkflow.point(Double.parseDouble(row[2]), Double.parseDouble(row[3]), "bd09");
			GeoPoint shown = Coordinates.fromWgs84(stored, CoordinateSystem.GCJ02);

			assertThat(shown.lat()).as(row[0]).isCloseTo(Double.parseDouble(row[5]), within(1e-6));
			assertThat(shown.lng()).as(row[0]).isCloseTo(Double.parseDouble(row[6]), within(1e-6));
		}
	}

	private static List<String[]> vectors(String from, String to) throws IOException {
		try (InputStream in = MapCoordinatesTests.class.getResourceAsStream("/fixtures/coords/coord_vectors.csv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.skip(1)
				.map((line) -> line.split(","))
				.filter((row) -> row[1].equals(from) && row[4].equals(to))
				.toList();
		}
	}

}
