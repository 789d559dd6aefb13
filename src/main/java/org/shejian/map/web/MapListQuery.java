package org.shejian.map.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.shejian.map.MapEntries;
import org.shejian.map.MapIndex;
import org.shejian.map.MapLayers;
import org.shejian.map.PublishedEntry;
import org.shejian.organisation.Unit;
import org.shejian.organisation.Units;
import org.shejian.shared.Text;
import org.shejian.shared.search.TextHit;
import org.shejian.shared.search.TextHits;
import org.shejian.shared.search.TextIndex;

import org.springframework.stereotype.Component;

/**
 * The published entries the list view of the map shows: in any of the chosen layers (and
 * the layers below them), of a unit and the units below it, and, for a query, ranked by
 * the map's full-text index.
 */
@Component
class MapListQuery {

	/** The most search hits a query reads before filtering. */
	static final int MAX_HITS = 500;

	private final MapEntries entries;

	private final MapIndex index;

	private final MapLayers layers;

	private final Units units;

	MapListQuery(MapEntries entries, MapIndex index, MapLayers layers, Units units) {
		this.entries = entries;
		this.index = index;
		this.layers = layers;
		this.units = units;
	}

	/**
	 * @param layerCodes the layers, all when empty
	 * @param query words to search for (Chinese-aware, ranked best first), any entry in
	 * id order when blank
	 * @param unit the unit whose subtree the entries belong to, anywhere when
	 * {@code null}
	 */
	// Limitation: a query reads at most the best MAX_HITS hits of the full-text index and
	// then filters them by layer and unit, so a rare layer under a common word can miss
	// entries ranked below them.
	List<PublishedEntry> find(List<String> layerCodes, String query, Unit unit) {
		Map<Long, Boolean> within = new HashMap<>();
		Stream<PublishedEntry> found = Text.isBlank(query) ? inLayers(layerCodes) : searched(layerCodes, query);
		return found
			.filter((entry) -> unit == null
					|| within.computeIfAbsent(entry.unitId(), (id) -> this.units.isWithin(id, unit.id())))
			.toList();
	}

	/** The published entries the full-text index ranks for the query, in the layers. */
	private Stream<PublishedEntry> searched(List<String> layerCodes, String query) {
		Set<Long> allowed = layerCodes.isEmpty() ? null : new HashSet<>();
		if (allowed != null) {
			layerCodes.forEach((code) -> allowed.addAll(this.layers.withDescendants(code)));
		}
		List<PublishedEntry> ranked = new ArrayList<>();
		for (int offset = 0; offset < MAX_HITS; offset += TextIndex.MAX_LIMIT) {
			TextHits hits = this.index.search(query, null, offset, TextIndex.MAX_LIMIT);
			for (TextHit hit : hits.hits()) {
				this.entries.published(Long.parseLong(hit.id()))
					.filter((entry) -> allowed == null || (entry.layerCode() != null
							&& allowed.contains(this.layers.byCode(entry.layerCode()).id())))
					.ifPresent(ranked::add);
			}
			if (hits.hits().size() < TextIndex.MAX_LIMIT) {
				break;
			}
		}
		return ranked.stream();
	}

	private Stream<PublishedEntry> inLayers(List<String> layerCodes) {
		if (layerCodes.isEmpty()) {
			return this.entries.search(null, null, MapEntries.MAX_RESULTS).stream();
		}
		Map<Long, PublishedEntry> merged = new LinkedHashMap<>();
		layerCodes.forEach((code) -> this.entries.search(code, null, MapEntries.MAX_RESULTS)
			.forEach((entry) -> merged.putIfAbsent(entry.id(), entry)));
		return merged.values().stream().sorted(Comparator.comparingLong(PublishedEntry::id));
	}

}
