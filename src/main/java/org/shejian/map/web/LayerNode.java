package org.shejian.map.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.shejian.map.Layer;

/**
 * A layer with the layers below it, for the checkbox tree of the map page.
 */
record LayerNode(Layer layer, List<LayerNode> children) {

	/** The top layers with their descendants, each level in position and code order. */
	static List<LayerNode> tree(List<Layer> all) {
		return below(null, all);
	}

	/** Every layer by its code. */
	static Map<String, Layer> byCode(List<Layer> all) {
		Map<String, Layer> byCode = new LinkedHashMap<>();
		all.forEach((layer) -> byCode.put(layer.code(), layer));
		return byCode;
	}

	private static List<LayerNode> below(Long parentId, List<Layer> all) {
		return all.stream()
			.filter((layer) -> Objects.equals(layer.parentId(), parentId))
			.sorted(Comparator.comparingInt(Layer::sort).thenComparing(Layer::code))
			.map((layer) -> new LayerNode(layer, below(layer.id(), all)))
			.toList();
	}

}
