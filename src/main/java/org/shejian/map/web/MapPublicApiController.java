package org.shejian.map.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.map.BoundingBox;
import org.shejian.map.Layer;
import org.shejian.map.MapEntries;
import org.shejian.map.MapLayers;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;
import org.shejian.shared.geo.CoordinateSystem;
import org.shejian.shared.geo.Districts;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published map for everyone: published copies only; an entry that is not published
 * is not found.
 */
@RestController
@Tag(name = "map", description = "The published social-services map")
class MapPublicApiController {

	private final MapEntries entries;

	private final MapLayers layers;

	MapPublicApiController(MapEntries entries, MapLayers layers) {
		this.entries = entries;
		this.layers = layers;
	}

	@GetMapping("/api/v1/map/items")
	@Operation(summary = "Published entries in a layer (and its sub-layers) within a box; "
			+ "bbox=minLng,minLat,maxLng,maxLat and the points answered are in crs (wgs84, gcj02 or bd09)")
	List<PublicEntry> items(@RequestParam(required = false) String layer, @RequestParam(required = false) String bbox,
			@RequestParam(defaultValue = "wgs84") String crs, @RequestParam(defaultValue = "500") int limit) {
		CoordinateSystem system = CoordinateSystem.parse(crs);
		BoundingBox box = Text.isBlank(bbox) ? null : BoundingBox.parse(bbox, system);
		return this.entries.search(layer, box, limit).stream().map((e) -> PublicEntry.listed(e, system)).toList();
	}

	@GetMapping("/api/v1/map/items/{id}")
	PublicEntry item(@PathVariable long id, @RequestParam(defaultValue = "wgs84") String crs) {
		CoordinateSystem system = CoordinateSystem.parse(crs);
		return this.entries.published(id)
			.map((entry) -> PublicEntry.of(entry, system))
			.orElseThrow(() -> Problem.notFound("map.entry.notFound", id));
	}

	@GetMapping("/api/v1/map/layers")
	List<Layer> layers() {
		return this.layers.all();
	}

	@GetMapping(path = "/api/v1/map/districts", produces = "application/geo+json")
	@Operation(summary = "The outlines of Beijing's districts as GeoJSON in crs")
	String districts(@RequestParam(defaultValue = "wgs84") String crs) {
		return Districts.beijing().geoJson(CoordinateSystem.parse(crs));
	}

}
