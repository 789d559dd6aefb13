package org.shejian.shared.geo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The district of a point by the Beijing outlines (GCJ-02), holes and multi-polygons, and
 * the ECharts-encoded form of the file.
 */
class DistrictsTest {

	private final Districts beijing = Districts.beijing();

	@Test
	void findsTheDistrictOfWgs84PointsThroughGcj02() {
		assertThat(this.beijing.districtOf(new GeoPoint(39.915, 116.404))).contains("110101");
		assertThat(this.beijing.districtOf(new GeoPoint(39.911954, 116.377817))).contains("110102");
		assertThat(this.beijing.districtOf(new GeoPoint(40.4565, 115.9750))).contains("110119");
		assertThat(this.beijing.districtOf(new GeoPoint(31.2304, 121.4737))).isEmpty();
	}

	@Test
	void theSameNumbersReadAsWgs84CrossTheLineBetweenXichengAndDongcheng() {
		GeoPoint gcj = new GeoPoint(39.93, 116.392);

		assertThat(this.beijing.districtOf(Coordinates.toWgs84(gcj, CoordinateSystem.GCJ02))).contains("110102");
		assertThat(this.beijing.districtOf(gcj)).contains("110101");
	}

	@Test
	void knowsTheSixteenDistrictsAndDrawsThemInTheAskedSystem() {
		JsonNode wgs = JsonMapper.shared().readTree(this.beijing.geoJson(CoordinateSystem.WGS84));
		JsonNode gcj = JsonMapper.shared().readTree(this.beijing.geoJson(CoordinateSystem.GCJ02));

		assertThat(wgs.get("features").size()).isEqualTo(16);
		assertThat(this.beijing.knows("110105")).isTrue();
		assertThat(this.beijing.name("110105")).contains("朝阳区");
		double gcjLng = gcj.at("/features/0/geometry/coordinates/0/0/0/0").asDouble();
		double wgsLng = wgs.at("/features/0/geometry/coordinates/0/0/0/0").asDouble();
		assertThat(gcjLng - wgsLng).isBetween(0.004, 0.008);
	}

	@Test
	void leavesOutHolesAndReadsEveryPartOfAMultiPolygon() {
		String json = """
				{"type":"FeatureCollection","UTF8Encoding":false,"features":[
				 {"id":"A","type":"Feature","properties":{"name":"ring"},"geometry":{"type":"Polygon","coordinates":[
				  [[10,10],[20,10],[20,20],[10,20],[10,10]],[[14,14],[16,14],[16,16],[14,16],[14,14]]]}},
				 {"id":"B","type":"Feature","properties":{"name":"islands"},"geometry":{"type":"MultiPolygon",
				  "coordinates":[[[[30,10],[31,10],[31,11],[30,11],[30,10]]],[[[40,10],[41,10],[41,11],[40,11],[40,10]]]]}}]}
				""";
		Districts districts = Districts.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

		assertThat(districts.districtOf(new GeoPoint(12, 12))).contains("A");
		assertThat(districts.districtOf(new GeoPoint(15, 15))).isEmpty();
		assertThat(districts.districtOf(new GeoPoint(10.5, 40.5))).contains("B");
		assertThat(districts.districtOf(new GeoPoint(10.5, 30.5))).contains("B");
	}

	@Test
	void readsTheEchartsEncodedForm() {
		// The square 10..11 x 10..11 degrees: offsets in 1/1024 degree, zigzag deltas +
		// 64.
		String ring = encode(new int[] { 10240, 10240, 11264, 10240, 11264, 11264, 10240, 11264, 10240, 10240 });
		String json = "{\"type\":\"FeatureCollection\",\"UTF8Encoding\":true,\"features\":[{\"id\":\"E\",\"type\":"
				+ "\"Feature\",\"properties\":{\"name\":\"encoded\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
				+ JsonMapper.shared().writeValueAsString(ring) + "],\"encodeOffsets\":[[10240,10240]]}}]}";
		Districts districts = Districts.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

		assertThat(districts.districtOf(new GeoPoint(10.5, 10.5))).isEqualTo(Optional.of("E"));
		assertThat(districts.districtOf(new GeoPoint(11.5, 10.5))).isEmpty();
	}

	private static String encode(int[] coordinates) {
		StringBuilder out = new StringBuilder();
		int px = coordinates[0];
		int py = coordinates[1];
		for (int i = 0; i < coordinates.length; i += 2) {
			int dx = coordinates[i] - px;
			int dy = coordinates[i + 1] - py;
			out.append((char) (((dx << 1) ^ (dx >> 31)) + 64)).append((char) (((dy << 1) ^ (dy >> 31)) + 64));
			px = coordinates[i];
			py = coordinates[i + 1];
		}
		return out.toString();
	}

}
