package org.shejian.map.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shejian.map.BatchReview;
import org.shejian.map.Entry;
import org.shejian.map.EntryKind;
import org.shejian.map.EntryState;
import org.shejian.map.Layer;
import org.shejian.map.MapLayers;
import org.shejian.map.MapWorkflow;
import org.shejian.map.PolicyValidity;
import org.shejian.map.ReviewDecision;
import org.shejian.map.ServiceClass;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The map in the console: the entries of the user's subtree by state, the entry form,
 * each entry with its history and the actions open to the user, the review queue with
 * batch decisions, the stale list, and the layers.
 */
@Controller
class MapConsoleController {

	private final MapWorkflow workflow;

	private final MapLayers layers;

	private final Units units;

	private final Flash flash;

	MapConsoleController(MapWorkflow workflow, MapLayers layers, Units units, Flash flash) {
		this.workflow = workflow;
		this.layers = layers;
		this.units = units;
		this.flash = flash;
	}

	@GetMapping("/console/map")
	String entries(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) EntryState state,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("state", state);
		model.addAttribute("states", EntryState.values());
		model.addAttribute("entries", this.workflow.entries(actor, state, Math.min(Math.max(0, page), 10_000)));
		model.addAttribute("kinds", EntryKind.values());
		return "console/map";
	}

	@GetMapping("/console/map/new")
	String newEntry(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "ITEM") EntryKind kind,
			Model model) {
		formModel(model, EntryFields.blank(kind, this.units.findById(actor.unitId()).orElseThrow().code()));
		return "console/map-new";
	}

	@PostMapping("/console/map")
	String create(@AuthenticationPrincipal Actor actor, @ModelAttribute EntryFields fields, Locale locale,
			RedirectAttributes redirect, Model model) {
		try {
			Entry entry = this.workflow.create(actor, fields.toForm());
			this.flash.notice(redirect, locale, "console.saved");
			return "redirect:/console/map/entries/" + entry.id();
		}
		catch (Problem problem) {
			this.flash.show(model, locale, problem);
			formModel(model, fields);
			return "console/map-new";
		}
	}

	@GetMapping("/console/map/entries/{id}")
	String entry(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		Entry entry = this.workflow.entry(actor, id);
		String layerCode = (entry.layerId() != null) ? layersById().get(entry.layerId()).code() : null;
		model.addAttribute("entry", entry);
		model.addAttribute("unit", this.units.findById(entry.unitId()).orElseThrow());
		model.addAttribute("unitDistrict", String.format("%012d", entry.unitId()).substring(0, 6));
		model.addAttribute("events", this.workflow.history(actor, id));
		model.addAttribute("owns", this.workflow.owns(actor, entry));
		model.addAttribute("reviews", this.workflow.mayReview(actor, entry));
		formModel(model, EntryFields.of(entry, layerCode));
		return "console/map-entry";
	}

	@PostMapping("/console/map/entries/{id}")
	String change(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute EntryFields fields,
			Locale locale, RedirectAttributes redirect) {
		return step(id, locale, redirect, () -> this.workflow.change(actor, id, fields.toForm()));
	}

	@PostMapping("/console/map/entries/{id}/report")
	String report(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Integer version,
			Locale locale, RedirectAttributes redirect) {
		return step(id, locale, redirect, () -> this.workflow.report(actor, id, version));
	}

	@PostMapping("/console/map/entries/{id}/approve")
	String approve(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Integer version,
			@RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
		return step(id, locale, redirect, () -> this.workflow.approve(actor, id, version, comment));
	}

	@PostMapping("/console/map/entries/{id}/return")
	String sendBack(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Integer version,
			@RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
		return step(id, locale, redirect, () -> this.workflow.sendBack(actor, id, version, comment));
	}

	@PostMapping("/console/map/entries/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Integer version,
			@RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
		return step(id, locale, redirect, () -> this.workflow.withdraw(actor, id, version, comment));
	}

	@PostMapping("/console/map/entries/{id}/verify")
	String verify(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Integer version,
			@RequestParam(defaultValue = "entry") String back, Locale locale, RedirectAttributes redirect) {
		String target = step(id, locale, redirect, () -> this.workflow.verify(actor, id, version));
		return "stale".equals(back) ? "redirect:/console/map/stale" : target;
	}

	@GetMapping("/console/map/review")
	String reviewQueue(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("entries", this.workflow.reviewQueue(actor));
		return "console/map-review";
	}

	/** A batch from the queue: each ticked box carries {@code id:version}. */
	@PostMapping("/console/map/review")
	String review(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) List<String> entries,
			@RequestParam ReviewDecision decision, @RequestParam(required = false) String comment, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			BatchReview.Outcome outcome = this.workflow.review(actor,
					new BatchReview(decision, comment, refs(entries)));
			return new Flash.Notice("map.batch.done", outcome.done().size(), outcome.skipped().size(),
					outcome.skipped().stream().map((s) -> "#" + s.id()).collect(Collectors.joining(", ")));
		});
		return "redirect:/console/map/review";
	}

	@GetMapping("/console/map/stale")
	String stale(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("entries", this.workflow.stale(actor));
		model.addAttribute("before", this.workflow.staleBefore());
		return "console/map-stale";
	}

	@GetMapping("/console/map/layers")
	String layers(Model model) {
		model.addAttribute("layers", this.layers.all());
		model.addAttribute("byId", layersById());
		return "console/map-layers";
	}

	@PostMapping("/console/map/layers")
	String addLayer(@AuthenticationPrincipal Actor actor, @ModelAttribute MapLayers.LayerForm form, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.layers.add(actor, form);
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/map/layers";
	}

	@PostMapping("/console/map/layers/{id}")
	String renameLayer(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute MapLayers.LayerForm form, Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.layers.rename(actor, id, form);
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/map/layers";
	}

	private String step(long id, Locale locale, RedirectAttributes redirect, Runnable change) {
		this.flash.attempt(redirect, locale, () -> {
			change.run();
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/map/entries/" + id;
	}

	private void formModel(Model model, EntryFields fields) {
		model.addAttribute("fields", fields);
		model.addAttribute("layers", this.layers.all());
		model.addAttribute("kinds", EntryKind.values());
		model.addAttribute("serviceClasses", ServiceClass.values());
		model.addAttribute("validities", PolicyValidity.values());
	}

	private Map<Long, Layer> layersById() {
		return this.layers.all().stream().collect(Collectors.toMap(Layer::id, Function.identity()));
	}

	private static List<BatchReview.EntryRef> refs(List<String> ticked) {
		List<BatchReview.EntryRef> refs = new ArrayList<>();
		for (String value : (ticked != null) ? ticked : List.<String>of()) {
			String[] parts = value.split(":");
			if (parts.length == 0) {
				throw Problem.invalid("request.malformed");
			}
			try {
				refs.add(new BatchReview.EntryRef(Long.parseLong(parts[0]),
						(parts.length > 1) ? Integer.valueOf(parts[1]) : null));
			}
			catch (NumberFormatException ex) {
				throw Problem.invalid("request.malformed");
			}
		}
		return refs;
	}

}
