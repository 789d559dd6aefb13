package org.shejian.map.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.map.EntryKind;
import org.shejian.map.MapIndex;
import org.shejian.map.MapIndex.Near;
import org.shejian.map.MapIndex.Summary;
import org.shejian.organisation.Unit;
import org.shejian.organisation.Units;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;
import org.shejian.shared.geo.CoordinateSystem;
import org.shejian.shared.geo.Coordinates;
import org.shejian.shared.geo.GeoPoint;
import org.shejian.shared.geo.PointCluster;
import org.shejian.shared.geo.PointClusters;
import org.shejian.shared.search.TextHit;
import org.shejian.shared.search.TextHits;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published map for drawing and finding: clusters of a box at a zoom level, what lies
 * near a point or a unit, and full-text search. Points come and go in the system the
 * caller names ({@code crs}), converted once each way.
 */
@RestController
@Tag(name = "map", description = "The published social-services map")
class MapIndexApiController {

	private final MapIndex index;

	private final Units units;

	MapIndexApiController(MapIndex index, Units units) {
		this.index = index;
		this.units = units;
	}

	@GetMapping("/api/v1/map/clusters")
	@Operation(summary = "Published points of a box grouped for a zoom level (0-20): one marker per cell with its "
			+ "count; a cell of one names its entry. The box and the answer are in crs.")
	Map<String, Object> clusters(@RequestParam double south, @RequestParam double west, @RequestParam double north,
			@RequestParam double east, @RequestParam int zoom, @RequestParam(required = false) List<String> layer,
			@RequestParam(defaultValue = "wgs84") String crs) {
		CoordinateSystem system = CoordinateSystem.parse(crs);
		// A map's view reaches past the poles and wraps round the globe; only the part on
		// the globe counts.
		GeoPoint low = Coordinates.toWgs84(new GeoPoint(clamp(south, 85), clamp(west, 180)), system);
		GeoPoint high = Coordinates.toWgs84(new GeoPoint(clamp(north, 85), clamp(east, 180)), system);
		PointClusters found = this.index.clusters(low.lat(), low.lng(), high.lat(), high.lng(), zoom, layer);
		List<Map<String, Object>> clusters = new ArrayList<>(found.clusters().size());
		for (PointCluster cluster : found.clusters()) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("count", cluster.count());
			GeoPoint centre = Coordinates.fromWgs84(new GeoPoint(cluster.lat(), cluster.lng()), system);
			out.put("lat", round(centre.lat()));
			out.put("lng", round(centre.lng()));
			if (cluster.id() != null) {
				this.index.find(cluster.id()).ifPresent((summary) -> named(out, summary));
			}
			else {
				GeoPoint sw = Coordinates.fromWgs84(new GeoPoint(cluster.south(), cluster.west()), system);
				GeoPoint ne = Coordinates.fromWgs84(new GeoPoint(cluster.north(), cluster.east()), system);
				out.put("south", round(sw.lat()));
				out.put("west", round(sw.lng()));
				out.put("north", round(ne.lat()));
				out.put("east", round(ne.lng()));
			}
			clusters.add(out);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("crs", name(system));
		body.put("points", found.points());
		body.put("truncated", found.truncated());
		body.put("clusters", clusters);
		return body;
	}

	@GetMapping("/api/v1/map/nearby")
	@Operation(summary = "Published entries near a point (lat, lng in crs) or a unit's published office: within "
			+ "radius metres (at most 50 km), or the k nearest (at most 200), nearest first")
	Map<String, Object> nearby(@RequestParam(required = false) String lat, @RequestParam(required = false) String lng,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Double radius,
			@RequestParam(required = false) Integer k, @RequestParam(required = false) List<String> layer,
			@RequestParam(defaultValue = "wgs84") String crs, @RequestParam(defaultValue = "50") int limit) {
		CoordinateSystem system = CoordinateSystem.parse(crs);
		GeoPoint centre = centre(lat, lng, unit, system);
		if ((radius == null) == (k == null)) {
			throw Problem.invalid("map.nearby.either");
		}
		List<Near> found = (radius != null) ? this.index.within(centre, radius, layer, limit)
				: this.index.nearest(centre, k, layer);
		List<Map<String, Object>> items = new ArrayList<>(found.size());
		for (Near near : found) {
			Map<String, Object> out = new LinkedHashMap<>();
			named(out, near.entry());
			out.put("layer", near.entry().layerCode());
			GeoPoint point = Coordinates.fromWgs84(near.entry().point(), system);
			out.put("lat", round(point.lat()));
			out.put("lng", round(point.lng()));
			out.put("distance", Math.round(near.distanceMetres() * 10) / 10.0);
			items.add(out);
		}
		GeoPoint shown = Coordinates.fromWgs84(centre, system);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("crs", name(system));
		body.put("centre", Map.of("lat", round(shown.lat()), "lng", round(shown.lng())));
		body.put("items", items);
		return body;
	}

	@GetMapping("/api/v1/map/search")
	@Operation(summary = "Full-text search (Chinese-aware) over published map items, service items and policies, "
			+ "ranked; title and snippet are HTML with only <mark> around the matches")
	Map<String, Object> search(@RequestParam String q, @RequestParam(required = false) String layer,
			@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "20") int limit) {
		TextHits hits = this.index.search(q, layer, offset, limit);
		List<Map<String, Object>> out = new ArrayList<>(hits.hits().size());
		for (TextHit hit : hits.hits()) {
			long id = Long.parseLong(hit.id());
			this.index.find(id).ifPresent((summary) -> {
				Map<String, Object> one = new LinkedHashMap<>();
				one.put("id", id);
				one.put("kind", summary.kind());
				one.put("title", hit.title());
				one.put("snippet", hit.snippet());
				one.put("url", url(summary.kind(), id));
				out.add(one);
			});
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("total", hits.total());
		body.put("atLeast", hits.atLeast());
		body.put("hits", out);
		return body;
	}

	/** The page of a published entry. */
	static String url(EntryKind kind, long id) {
		return switch (kind) {
			case ITEM -> "/map/items/" + id;
			case SERVICE -> "/map/services/" + id;
			case POLICY -> "/map/policies/" + id;
		};
	}

	/**
	 * The point the caller named, or the point of the unit's nearest published community
	 * office when a unit code is given instead.
	 */
	private GeoPoint centre(String latText, String lngText, String unitCode, CoordinateSystem system) {
		Double lat = GeoPoint.degrees(latText);
		Double lng = GeoPoint.degrees(lngText);
		if (!Text.isBlank(unitCode)) {
			if (lat != null || lng != null) {
				throw Problem.invalid("map.nearby.either");
			}
			Unit unit = this.units.find(unitCode.strip())
				.filter(Unit::isCurrent)
				.orElseThrow(() -> Problem.notFound("unit.notFound", unitCode));
			return this.index.placeOf(unit.id())
				.orElseThrow(() -> Problem.notFound("map.nearby.unitUnplaced", unit.name()));
		}
		if (lat == null || lng == null) {
			throw Problem.invalid("map.nearby.centre");
		}
		return Coordinates.toWgs84(GeoPoint.inChina(lat, lng), system);
	}

	private static void named(Map<String, Object> out, Summary summary) {
		out.put("id", summary.id());
		out.put("title", summary.title());
		out.put("kind", summary.kind());
		out.put("url", url(summary.kind(), summary.id()));
	}

	private static String name(CoordinateSystem system) {
		return system.name().toLowerCase(Locale.ROOT);
	}

	private static double clamp(double value, double bound) {
		if (Double.isNaN(value)) {
			throw Problem.invalid("map.bbox.order");
		}
		return Math.max(-bound, Math.min(bound, value));
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
