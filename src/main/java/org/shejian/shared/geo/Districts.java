package org.shejian.shared.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outlines of Beijing's 16 districts ({@code geo/beijing-districts.geojson}) and the
 * district a point lies in. The outlines are GCJ-02 at a resolution of about 200 m: a
 * WGS-84 point is converted to GCJ-02 once before it is tested, and a point within a
 * couple of hundred metres of a district line may be given the neighbour.
 */
public final class Districts {

	private static final String RESOURCE = "/geo/beijing-districts.geojson";

	/** The scale of the ECharts-encoded form of such files. */
	private static final double ENCODE_SCALE = 1024;

	private static volatile Districts beijing;

	private final Map<String, District> districts;

	private Districts(Map<String, District> districts) {
		this.districts = districts;
	}

	/** The Beijing outlines shipped with the platform, read once. */
	public static Districts beijing() {
		Districts loaded = beijing;
		if (loaded == null) {
			try (InputStream in = Districts.class.getResourceAsStream(RESOURCE)) {
				loaded = read(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			beijing = loaded;
		}
		return loaded;
	}

	/**
	 * Reads a GeoJSON feature collection of districts (feature {@code id} the district
	 * code, {@code properties.name} its name; Polygon or MultiPolygon geometries, holes
	 * allowed), in plain coordinates or, when the collection says
	 * {@code "UTF8Encoding": true}, in the ECharts encoding.
	 */
	public static Districts read(InputStream in) {
		JsonNode root = JsonMapper.shared().readTree(in);
		boolean encoded = root.path("UTF8Encoding").asBoolean(false);
		Map<String, District> districts = new LinkedHashMap<>();
		for (JsonNode feature : root.path("features")) {
			String code = feature.path("id").asString();
			JsonNode geometry = feature.path("geometry");
			List<List<double[]>> polygons = new ArrayList<>();
			if ("Polygon".equals(geometry.path("type").asString())) {
				polygons.add(polygon(geometry.path("coordinates"), geometry.path("encodeOffsets"), encoded));
			}
			else {
				JsonNode offsets = geometry.path("encodeOffsets");
				int i = 0;
				for (JsonNode polygon : geometry.path("coordinates")) {
					polygons.add(polygon(polygon, offsets.path(i++), encoded));
				}
			}
			districts.put(code, new District(code, feature.path("properties").path("name").asString(), polygons));
		}
		return new Districts(districts);
	}

	/**
	 * Returns the code of the district holding the WGS-84 point, or empty when it lies in
	 * none of them.
	 */
	public Optional<String> districtOf(GeoPoint wgs84) {
		GeoPoint gcj = Coordinates.fromWgs84(wgs84, CoordinateSystem.GCJ02);
		return this.districts.values().stream().filter((d) -> d.contains(gcj)).map(District::code).findFirst();
	}

	/** Whether outlines are known for the district with this 6-digit code. */
	public boolean knows(String districtCode) {
		return this.districts.containsKey(districtCode);
	}

	/** The district's name as the file gives it, or empty for an unknown code. */
	public Optional<String> name(String districtCode) {
		return Optional.ofNullable(this.districts.get(districtCode)).map(District::name);
	}

	/**
	 * The outlines as a GeoJSON feature collection in the given system (plain
	 * coordinates, {@code id} the district code, {@code properties.name} its name), for a
	 * map page to draw.
	 */
	public String geoJson(CoordinateSystem system) {
		ObjectNode collection = JsonMapper.shared().createObjectNode();
		collection.put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (District district : this.districts.values()) {
			ObjectNode feature = features.addObject();
			feature.put("type", "Feature");
			feature.put("id", district.code());
			feature.putObject("properties").put("name", district.name());
			ObjectNode geometry = feature.putObject("geometry");
			geometry.put("type", "MultiPolygon");
			ArrayNode polygons = geometry.putArray("coordinates");
			for (List<double[]> polygon : district.polygons()) {
				ArrayNode rings = polygons.addArray();
				for (double[] ring : polygon) {
					ArrayNode positions = rings.addArray();
					for (int i = 0; i < ring.length; i += 2) {
						GeoPoint point = Coordinates.convert(new GeoPoint(ring[i + 1], ring[i]), CoordinateSystem.GCJ02,
								system);
						positions.addArray().add(round(point.lng())).add(round(point.lat()));
					}
				}
			}
		}
		return JsonMapper.shared().writeValueAsString(collection);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

	private static List<double[]> polygon(JsonNode rings, JsonNode offsets, boolean encoded) {
		List<double[]> polygon = new ArrayList<>();
		int i = 0;
		for (JsonNode ring : rings) {
			polygon.add(encoded ? decode(ring.asString(), offsets.path(i)) : plain(ring));
			i++;
		}
		return polygon;
	}

	private static double[] plain(JsonNode ring) {
		double[] coordinates = new double[ring.size() * 2];
		int i = 0;
		for (JsonNode position : ring) {
			coordinates[i++] = position.get(0).asDouble();
			coordinates[i++] = position.get(1).asDouble();
		}
		return coordinates;
	}

	/**
	 * Decodes a ring of the ECharts encoding: pairs of characters less 64, zigzag-coded
	 * deltas from the ring's offset, in 1/1024 degree.
	 */
	private static double[] decode(String ring, JsonNode offset) {
		double[] coordinates = new double[ring.length()];
		int x = offset.path(0).asInt();
		int y = offset.path(1).asInt();
		for (int i = 0; i + 1 < ring.length(); i += 2) {
			int dx = ring.charAt(i) - 64;
			int dy = ring.charAt(i + 1) - 64;
			x += (dx >> 1) ^ -(dx & 1);
			y += (dy >> 1) ^ -(dy & 1);
			coordinates[i] = x / ENCODE_SCALE;
			coordinates[i + 1] = y / ENCODE_SCALE;
		}
		return coordinates;
	}

	/**
	 * A district: its polygons, each an outer ring followed by its holes, rings as
	 * longitude, latitude pairs.
	 */
	private record District(String code, String name, List<List<double[]>> polygons) {

		boolean contains(GeoPoint point) {
			for (List<double[]> polygon : this.polygons) {
				if (inRing(polygon.get(0), point)
						&& polygon.stream().skip(1).noneMatch((hole) -> inRing(hole, point))) {
					return true;
				}
			}
			return false;
		}

		private static boolean inRing(double[] ring, GeoPoint point) {
			boolean inside = false;
			int count = ring.length / 2;
			for (int i = 0, j = count - 1; i < count; j = i++) {
				double lngI = ring[2 * i];
				double latI = ring[2 * i + 1];
				double lngJ = ring[2 * j];
				double latJ = ring[2 * j + 1];
				if ((latI > point.lat()) != (latJ > point.lat())
						&& point.lng() < lngI + (point.lat() - latI) * (lngJ - lngI) / (latJ - latI)) {
					inside = !inside;
				}
			}
			return inside;
		}

	}

}
