package org.shejian.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.StartupTask;
import org.shejian.shared.Text;
import org.shejian.shared.geo.GeoPoint;
import org.shejian.shared.geo.PointClusters;
import org.shejian.shared.geo.PointHit;
import org.shejian.shared.geo.PointIndex;
import org.shejian.shared.search.TextDocument;
import org.shejian.shared.search.TextHits;
import org.shejian.shared.search.TextIndex;
import org.shejian.shared.search.TextIndexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The published map held for fast reading: every published point in a {@link PointIndex}
 * (nearby, k-nearest, clusters) and every published entry in the full-text index
 * {@code map}. Filled from the published copies before the web server starts, and kept in
 * step with {@link EntryPublished} and {@link EntryWithdrawn}, which are sent once the
 * change is committed; so nothing unpublished is ever in it.
 * <p>
 * Limitation: the index lives in this process. On several nodes, each node's index
 * follows only the publications made on that node until its next start (lifted by a
 * change sequence in the database that each node reads on its next query).
 */
@Component
public class MapIndex extends StartupTask {

	private static final Logger logger = LoggerFactory.getLogger(MapIndex.class);

	/** The most items a nearby query answers. */
	public static final int MAX_NEARBY = 200;

	/** The largest radius of a nearby query, in metres. */
	public static final double MAX_RADIUS = 50_000;

	private final MapEntries entries;

	private final MapLayers layers;

	private final PointIndex points = new PointIndex();

	private final TextIndex text;

	private final Map<Long, Summary> summaries = new ConcurrentHashMap<>();

	MapIndex(MapEntries entries, MapLayers layers, TextIndexes indexes) {
		super(BEFORE_WEB_SERVER + 100);
		this.entries = entries;
		this.layers = layers;
		this.text = indexes.get("map");
	}

	/**
	 * What a hit or a cluster of one names: enough to draw and link it.
	 *
	 * @param id the entry
	 * @param kind its kind
	 * @param title its title
	 * @param layerCode its layer, {@code null} when it has none
	 * @param unitId its unit
	 * @param point its point in WGS-84, {@code null} when it has none
	 */
	public record Summary(long id, EntryKind kind, String title, String layerCode, long unitId, GeoPoint point) {
	}

	/**
	 * @param entry the entry
	 * @param distanceMetres its distance from the centre
	 */
	public record Near(Summary entry, double distanceMetres) {
	}

	@Override
	protected void run() {
		rebuild();
	}

	/** Reads every published copy again. */
	public synchronized void rebuild() {
		Map<Long, Layer> byId = layersById();
		Map<String, Integer> categoryOf = categories(byId);
		List<Long> ids = new ArrayList<>();
		List<Integer> categories = new ArrayList<>();
		List<GeoPoint> located = new ArrayList<>();
		List<TextDocument> documents = new ArrayList<>();
		this.summaries.clear();
		this.entries.forEachPublished((entry) -> {
			Summary summary = summary(entry);
			this.summaries.put(entry.id(), summary);
			Integer category = (entry.layerCode() != null) ? categoryOf.get(entry.layerCode()) : null;
			if (entry.point() != null && category != null) {
				ids.add(entry.id());
				categories.add(category);
				located.add(entry.point());
			}
			documents.add(document(entry, byId));
		});
		this.points.clear();
		long[] idArray = ids.stream().mapToLong(Long::longValue).toArray();
		int[] categoryArray = categories.stream().mapToInt(Integer::intValue).toArray();
		double[] lats = located.stream().mapToDouble(GeoPoint::lat).toArray();
		double[] lngs = located.stream().mapToDouble(GeoPoint::lng).toArray();
		this.points.putAll(idArray, categoryArray, lats, lngs);
		this.text.replaceAll(documents.stream());
		logger.info("Map index: {} published entries, {} on the map", this.summaries.size(), this.points.size());
	}

	@EventListener
	synchronized void published(EntryPublished event) {
		PublishedEntry entry = event.entry();
		Map<Long, Layer> byId = layersById();
		this.summaries.put(entry.id(), summary(entry));
		Integer category = (entry.layerCode() != null) ? categories(byId).get(entry.layerCode()) : null;
		if (entry.point() != null && category != null) {
			this.points.put(entry.id(), category, entry.point());
		}
		else {
			this.points.remove(entry.id());
		}
		this.text.upsert(document(entry, byId));
	}

	@EventListener
	synchronized void withdrawn(EntryWithdrawn event) {
		this.summaries.remove(event.id());
		this.points.remove(event.id());
		this.text.delete(String.valueOf(event.id()));
	}

	/** The summary of a published entry, empty when it is not published. */
	public Optional<Summary> find(long id) {
		return Optional.ofNullable(this.summaries.get(id));
	}

	/**
	 * Published entries on the map within a radius of a point, nearest first.
	 * @param layerCodes layers (each with the layers below it); all when empty
	 * @throws Problem (400) for a radius out of range or an unknown layer
	 */
	public List<Near> within(GeoPoint centre, double radiusMetres, Collection<String> layerCodes, int limit) {
		if (!(radiusMetres > 0) || radiusMetres > MAX_RADIUS) {
			throw Problem.invalid("map.nearby.radius", (long) MAX_RADIUS);
		}
		return near(this.points.within(centre, radiusMetres, filter(layerCodes), bounded(limit)));
	}

	/**
	 * The k published entries on the map nearest a point.
	 * @throws Problem (400) for a k out of range or an unknown layer
	 */
	public List<Near> nearest(GeoPoint centre, int k, Collection<String> layerCodes) {
		if (k < 1 || k > MAX_NEARBY) {
			throw Problem.invalid("map.nearby.k", MAX_NEARBY);
		}
		return near(this.points.nearest(centre, k, filter(layerCodes)));
	}

	/**
	 * Published points of a box grouped for drawing at a zoom level (WGS-84 box).
	 * @throws Problem (400) for a zoom out of range or an unknown layer
	 */
	public PointClusters clusters(double south, double west, double north, double east, int zoom,
			Collection<String> layerCodes) {
		if (zoom < 0 || zoom > PointIndex.MAX_ZOOM) {
			throw Problem.invalid("map.zoom", PointIndex.MAX_ZOOM);
		}
		if (!(south <= north) || !(west <= east)) {
			throw Problem.invalid("map.bbox.order");
		}
		return this.points.clusters(south, west, north, east, zoom, filter(layerCodes));
	}

	/**
	 * Full-text search over the published entries, ranked, with marked snippets.
	 * @param layerCode only entries of this layer (or below it); all when blank
	 * @throws Problem (400) for a query or page the index refuses, or an unknown layer
	 */
	public TextHits search(String query, String layerCode, int offset, int limit) {
		Map<String, List<String>> filters = new HashMap<>();
		if (!Text.isBlank(layerCode)) {
			filters.put("layer", List.of(this.layers.byCode(layerCode).code()));
		}
		return this.text.search(query, filters, offset, limit);
	}

	/**
	 * Where a unit is on the map: the point of its published community office or station
	 * (a layer under {@code community}), else of any of its published items. Reads every
	 * summary, so it is meant for one question at a time, not for lists.
	 */
	public Optional<GeoPoint> placeOf(long unitId) {
		Set<String> offices = new HashSet<>();
		Map<Long, Layer> byId = layersById();
		byId.values().stream().filter((layer) -> layer.code().equals("community")).findFirst().ifPresent((root) -> {
			offices.add(root.code());
			byId.values()
				.stream()
				.filter((layer) -> Long.valueOf(root.id()).equals(layer.parentId()))
				.forEach((layer) -> offices.add(layer.code()));
		});
		Summary best = null;
		for (Summary summary : this.summaries.values()) {
			if (summary.unitId() != unitId || summary.point() == null) {
				continue;
			}
			boolean office = offices.contains(summary.layerCode());
			boolean bestOffice = best != null && offices.contains(best.layerCode());
			if (best == null || (office && !bestOffice) || (office == bestOffice && summary.id() < best.id())) {
				best = summary;
			}
		}
		return Optional.ofNullable(best).map(Summary::point);
	}

	/**
	 * How many published entries the index holds, and how many of them are on the map.
	 */
	public int[] size() {
		return new int[] { this.summaries.size(), this.points.size() };
	}

	private List<Near> near(List<PointHit> hits) {
		List<Near> found = new ArrayList<>(hits.size());
		for (PointHit hit : hits) {
			Summary summary = this.summaries.get(hit.id());
			if (summary != null) {
				found.add(new Near(summary, hit.distanceMetres()));
			}
		}
		return found;
	}

	private IntPredicate filter(Collection<String> layerCodes) {
		if (layerCodes == null || layerCodes.isEmpty()) {
			return PointIndex.anyCategory();
		}
		Set<Integer> ids = new HashSet<>();
		for (String code : layerCodes) {
			if (!Text.isBlank(code)) {
				this.layers.withDescendants(code).forEach((id) -> ids.add(id.intValue()));
			}
		}
		return ids.isEmpty() ? PointIndex.anyCategory() : PointIndex.inCategories(ids);
	}

	private static int bounded(int limit) {
		if (limit < 1 || limit > MAX_NEARBY) {
			throw Problem.invalid("map.nearby.limit", MAX_NEARBY);
		}
		return limit;
	}

	/** The point index's category of each layer code: the layer's id. */
	private static Map<String, Integer> categories(Map<Long, Layer> layersById) {
		Map<String, Integer> byCode = new HashMap<>();
		layersById.values().forEach((layer) -> byCode.put(layer.code(), Math.toIntExact(layer.id())));
		return byCode;
	}

	private Map<Long, Layer> layersById() {
		Map<Long, Layer> byId = new HashMap<>();
		this.layers.all().forEach((layer) -> byId.put(layer.id(), layer));
		return byId;
	}

	private static Summary summary(PublishedEntry entry) {
		return new Summary(entry.id(), entry.kind(), entry.title(), entry.layerCode(), entry.unitId(), entry.point());
	}

	/**
	 * The entry as a document: its title, the text of its details, its kind, and its
	 * layer with every layer above it (so that a search within a layer finds what lies
	 * below it).
	 */
	private static TextDocument document(PublishedEntry entry, Map<Long, Layer> layersById) {
		List<String> layerCodes = new ArrayList<>();
		Layer layer = layersById.values()
			.stream()
			.filter((candidate) -> candidate.code().equals(entry.layerCode()))
			.findFirst()
			.orElse(null);
		while (layer != null) {
			layerCodes.add(layer.code());
			layer = (layer.parentId() != null) ? layersById.get(layer.parentId()) : null;
		}
		Map<String, List<String>> keys = new HashMap<>();
		keys.put("kind", List.of(entry.kind().name()));
		if (!layerCodes.isEmpty()) {
			keys.put("layer", layerCodes);
		}
		LocalDate day = (entry.publishedAt() != null) ? LocalDate.ofInstant(entry.publishedAt(), Dates.ZONE) : null;
		return new TextDocument(String.valueOf(entry.id()), entry.title(), body(entry.details()), keys, day);
	}

	private static String body(EntryDetails details) {
		List<String> parts = new ArrayList<>();
		if (details instanceof ItemDetails item) {
			add(parts, item.address(), item.hours(), item.description());
			if (item.tags() != null) {
				parts.addAll(item.tags());
			}
		}
		else if (details instanceof ServiceDetails service) {
			add(parts, service.conditions(), service.materials(), service.steps(), service.fees(), service.place(),
					service.hours(), service.contact(), service.legalBasis());
		}
		else if (details instanceof PolicyDetails policy) {
			add(parts, policy.issuer(), policy.documentNumber(), policy.fullText());
		}
		return String.join("\n", parts);
	}

	private static void add(List<String> parts, String... values) {
		for (String value : values) {
			if (!Text.isBlank(value)) {
				parts.add(value);
			}
		}
	}

}
