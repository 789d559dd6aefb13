package org.shejian.map.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.shejian.map.ItemDetails;
import org.shejian.map.MapEntries;
import org.shejian.map.PolicyDetails;
import org.shejian.map.PublishedEntry;
import org.shejian.map.ServiceDetails;
import org.shejian.organisation.Unit;
import org.shejian.organisation.Units;
import org.shejian.shared.Text;

import org.springframework.stereotype.Component;

/**
 * The published entries the list view of the map shows: in any of the chosen layers (and
 * the layers below them), of a unit and the units below it, and containing every word of
 * a query. Works without the map's point and text indexes.
 */
@Component
class MapListQuery {

	private final MapEntries entries;

	private final Units units;

	MapListQuery(MapEntries entries, Units units) {
		this.entries = entries;
		this.units = units;
	}

	/**
	 * @param layerCodes the layers, all when empty
	 * @param query words that must all occur, any entry when blank
	 * @param unit the unit whose subtree the entries belong to, anywhere when
	 * {@code null}
	 */
	// Limitation: the text filter matches words as substrings of the title and the
	// details, unranked, over at most MapEntries.MAX_RESULTS entries per layer (lifted
	// when the list asks the full-text search facade of the map instead).
	List<PublishedEntry> find(List<String> layerCodes, String query, Unit unit) {
		List<String> words = words(query);
		Map<Long, Boolean> within = new HashMap<>();
		return inLayers(layerCodes).filter((entry) -> words.stream().allMatch((w) -> text(entry).contains(w)))
			.filter((entry) -> unit == null
					|| within.computeIfAbsent(entry.unitId(), (id) -> this.units.isWithin(id, unit.id())))
			.toList();
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

	private static List<String> words(String query) {
		if (Text.isBlank(query)) {
			return List.of();
		}
		return List.of(Text.normalise(query).strip().toLowerCase(Locale.ROOT).split("\\s+"));
	}

	/** The entry's searchable text, lower case. */
	private static String text(PublishedEntry entry) {
		List<String> parts = new ArrayList<>();
		parts.add(entry.title());
		if (entry.details() instanceof ItemDetails item) {
			parts.addAll(List.of(Objects.toString(item.address(), ""), Objects.toString(item.description(), "")));
			parts.addAll(item.tags());
		}
		else if (entry.details() instanceof ServiceDetails service) {
			parts.addAll(List.of(Objects.toString(service.conditions(), ""), Objects.toString(service.place(), "")));
		}
		else if (entry.details() instanceof PolicyDetails policy) {
			parts.addAll(List.of(Objects.toString(policy.issuer(), ""), Objects.toString(policy.documentNumber(), "")));
		}
		return String.join(" ", parts).toLowerCase(Locale.ROOT);
	}

}
