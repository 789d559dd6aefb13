package org.shejian.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.shejian.map.internal.PublishedRepository;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published map, as other modules and the public read it: only published copies,
 * never a working copy. Points are WGS-84.
 */
@Service
@Transactional(readOnly = true)
public class MapEntries {

	// Limitation: a search answers at most MAX_RESULTS entries in id order, without
	// paging (lifted when the point index answers the map page with clusters).
	/** The most entries one search returns. */
	public static final int MAX_RESULTS = 1000;

	private final PublishedRepository published;

	private final MapLayers layers;

	MapEntries(PublishedRepository published, MapLayers layers) {
		this.published = published;
		this.layers = layers;
	}

	/** The published copy of the entry, empty when it is not published. */
	public Optional<PublishedEntry> published(long id) {
		return this.published.find(id);
	}

	/**
	 * Hands every published copy to the action, in id order, without holding them all in
	 * memory: for building indexes.
	 */
	public void forEachPublished(Consumer<PublishedEntry> action) {
		this.published.forEach(action);
	}

	/** Every published copy, in id order. */
	public List<PublishedEntry> allPublished() {
		List<PublishedEntry> all = new ArrayList<>();
		this.published.forEach(all::add);
		return all;
	}

	/**
	 * Published copies in the layer (and the layers below it), with a point in the box.
	 * @param layerCode the layer, all layers when blank
	 * @param box the box, {@code null} for anywhere (entries without a point included)
	 * @param limit 1 to {@link #MAX_RESULTS}
	 * @throws Problem (400) for an unknown layer or a bad limit
	 */
	public List<PublishedEntry> search(String layerCode, BoundingBox box, int limit) {
		if (limit < 1 || limit > MAX_RESULTS) {
			throw Problem.invalid("paging.size", limit, MAX_RESULTS);
		}
		List<Long> layerIds = Text.isBlank(layerCode) ? List.of() : this.layers.withDescendants(layerCode);
		return this.published.search(layerIds, (box != null) ? box.toArray() : null, limit);
	}

}
