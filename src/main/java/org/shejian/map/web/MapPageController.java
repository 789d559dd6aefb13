package org.shejian.map.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.shejian.map.EntryKind;
import org.shejian.map.Layer;
import org.shejian.map.MapEntries;
import org.shejian.map.MapLayers;
import org.shejian.map.PolicyDetails;
import org.shejian.map.PublishedEntry;
import org.shejian.map.ServiceDetails;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitCode;
import org.shejian.organisation.Units;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;
import org.shejian.shared.geo.Coordinates;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public map: one page that is a filtered list without JavaScript and a Leaflet map
 * with it, and a page for every published entry. Only published copies show; anything
 * else is not found.
 */
@Controller
class MapPageController {

	static final int PAGE_SIZE = 50;

	private final MapEntries entries;

	private final MapLayers layers;

	private final MapListQuery list;

	private final Units units;

	private final MapTiles tiles;

	MapPageController(MapEntries entries, MapLayers layers, MapListQuery list, Units units, MapTiles tiles) {
		this.entries = entries;
		this.layers = layers;
		this.list = list;
		this.units = units;
		this.tiles = tiles;
	}

	@GetMapping({ "/map", "/map/list" })
	String map(@RequestParam(name = "layer", required = false) List<String> layerCodes,
			@RequestParam(required = false) String q, @RequestParam(required = false) String near,
			@RequestParam(defaultValue = "0") int page, Model model) {
		List<String> chosen = (layerCodes != null) ? layerCodes.stream().filter((c) -> !Text.isBlank(c)).toList()
				: List.of();
		chosen.forEach(this.layers::byCode);
		Optional<Unit> unit = Text.isBlank(near) ? Optional.empty() : nearUnit(near, model);

		List<PublishedEntry> found = (unit.isEmpty() && !Text.isBlank(near)) ? List.of()
				: this.list.find(chosen, q, unit.orElse(null));
		int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);

		List<Layer> all = this.layers.all();
		model.addAttribute("layerTree", LayerNode.tree(all));
		model.addAttribute("layerNames", LayerNode.byCode(all));
		model.addAttribute("chosen", chosen);
		model.addAttribute("q", q);
		model.addAttribute("near", near);
		model.addAttribute("total", found.size());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("results",
				found.subList(current * PAGE_SIZE, Math.min(found.size(), (current + 1) * PAGE_SIZE))
					.stream()
					.map(Listed::of)
					.toList());
		model.addAttribute("tiles", this.tiles);
		return "map/map";
	}

	@GetMapping("/map/items/{id}")
	String item(@PathVariable long id, WebRequest request, Model model) {
		return entry(EntryKind.ITEM, id, request, model);
	}

	@GetMapping("/map/services/{id}")
	String service(@PathVariable long id, WebRequest request, Model model) {
		return entry(EntryKind.SERVICE, id, request, model);
	}

	@GetMapping("/map/policies/{id}")
	String policy(@PathVariable long id, WebRequest request, Model model) {
		return entry(EntryKind.POLICY, id, request, model);
	}

	/**
	 * An entry's page; the page of another kind for its id sends the reader to the right
	 * one, since an entry's kind never changes.
	 */
	private String entry(EntryKind kind, long id, WebRequest request, Model model) {
		PublishedEntry entry = this.entries.published(id).orElseThrow(() -> Problem.notFound("map.entry.notFound", id));
		if (entry.kind() != kind) {
			return "redirect:" + Listed.url(entry);
		}
		if (request.getUserPrincipal() == null
				&& request.checkNotModified(etag(entry, request), entry.publishedAt().toEpochMilli())) {
			return null;
		}

		model.addAttribute("entry", entry);
		model.addAttribute("details", entry.details());
		model.addAttribute("layer", LayerNode.byCode(this.layers.all()).get(entry.layerCode()));
		model.addAttribute("unit", this.units.findById(entry.unitId()).orElse(null));
		model.addAttribute("unitCode", UnitCode.ofId(entry.unitId()).code());
		if (entry.point() != null) {
			model.addAttribute("point", Coordinates.fromWgs84(entry.point(), this.tiles.system()));
		}
		if (entry.details() instanceof PolicyDetails policy) {
			model.addAttribute("related",
					policy.relatedUnits()
						.stream()
						.map((code) -> new RelatedUnit(code, this.units.find(code).map(Unit::name).orElse(null)))
						.toList());
		}
		if (entry.details() instanceof ServiceDetails service) {
			model.addAttribute("onlineLink", webLink(service.onlineLink()));
		}
		model.addAttribute("tiles", this.tiles);
		return "map/" + kind.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The unit given as {@code near}, or empty with a message for the page when the code
	 * is malformed or no unit has it.
	 */
	private Optional<Unit> nearUnit(String near, Model model) {
		try {
			Optional<Unit> unit = this.units.find(near);
			if (unit.isEmpty()) {
				model.addAttribute("nearError", "map.public.near.unknown");
			}
			return unit;
		}
		catch (Problem ex) {
			model.addAttribute("nearError", "map.public.near.unknown");
			return Optional.empty();
		}
	}

	/** The address when it is an absolute http or https one, else {@code null}. */
	static String webLink(String address) {
		if (Text.isBlank(address)) {
			return null;
		}
		try {
			URI uri = new URI(address.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) ? uri.toString() : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * A version tag of the page: the copy's revision, publication time and verification
	 * day, and the language it is shown in. The revision alone starts again at 1 when a
	 * withdrawn entry is published anew, so the time tells the two copies apart.
	 */
	private static String etag(PublishedEntry entry, WebRequest request) {
		String verified = (entry.lastVerified() != null) ? entry.lastVerified().toString() : "-";
		return "\"map-" + entry.id() + "-" + entry.revision() + "-" + entry.publishedAt().toEpochMilli() + "-"
				+ verified + "-" + LocaleContextHolder.getLocale().getLanguage() + "\"";
	}

	/** A unit a policy concerns: its code, and its name when the registry knows it. */
	record RelatedUnit(String code, String name) {
	}

}
