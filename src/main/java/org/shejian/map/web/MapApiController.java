package org.shejian.map.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.map.BatchReview;
import org.shejian.map.Entry;
import org.shejian.map.EntryEvent;
import org.shejian.map.EntryForm;
import org.shejian.map.EntryState;
import org.shejian.map.Layer;
import org.shejian.map.MapLayers;
import org.shejian.map.MapLayers.LayerForm;
import org.shejian.map.MapWorkflow;
import org.shejian.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Map entries for staff: written by their owners, reviewed up the levels, within the
 * signed-in user's scope. Points of working copies are WGS-84; input names its system.
 */
@RestController
@Tag(name = "map-entries", description = "Map entries, service guides and policies and their review")
class MapApiController {

	private final MapWorkflow workflow;

	private final MapLayers layers;

	MapApiController(MapWorkflow workflow, MapLayers layers) {
		this.workflow = workflow;
		this.layers = layers;
	}

	@GetMapping("/api/v1/map/entries")
	@Operation(summary = "Entries of the caller's subtree, in a state when given")
	List<Entry> entries(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) EntryState state,
			@RequestParam(defaultValue = "0") int page) {
		return this.workflow.entries(actor, state, Math.min(page, 10_000));
	}

	@GetMapping("/api/v1/map/entries/{id}")
	Entry entry(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.workflow.entry(actor, id);
	}

	@GetMapping("/api/v1/map/entries/{id}/events")
	List<EntryEvent> events(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.workflow.history(actor, id);
	}

	@PostMapping("/api/v1/map/entries")
	@ResponseStatus(HttpStatus.CREATED)
	Entry create(@AuthenticationPrincipal Actor actor, @RequestBody EntryForm form) {
		return this.workflow.create(actor, form);
	}

	@PutMapping("/api/v1/map/entries/{id}")
	Entry change(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody EntryForm form) {
		return this.workflow.change(actor, id, form);
	}

	@PostMapping("/api/v1/map/entries/{id}/report")
	Entry report(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Decision decision) {
		return this.workflow.report(actor, id, decision.version());
	}

	@PostMapping("/api/v1/map/entries/{id}/approve")
	Entry approve(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Decision decision) {
		return this.workflow.approve(actor, id, decision.version(), decision.comment());
	}

	@PostMapping("/api/v1/map/entries/{id}/return")
	Entry sendBack(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Decision decision) {
		return this.workflow.sendBack(actor, id, decision.version(), decision.comment());
	}

	@PostMapping("/api/v1/map/entries/{id}/withdraw")
	Entry withdraw(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Decision decision) {
		return this.workflow.withdraw(actor, id, decision.version(), decision.comment());
	}

	@PostMapping("/api/v1/map/entries/{id}/verify")
	Entry verify(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Decision decision) {
		return this.workflow.verify(actor, id, decision.version());
	}

	@GetMapping("/api/v1/map/review")
	@Operation(summary = "Reported entries the caller may approve or return")
	List<Entry> reviewQueue(@AuthenticationPrincipal Actor actor) {
		return this.workflow.reviewQueue(actor);
	}

	@PostMapping("/api/v1/map/review")
	@Operation(summary = "Approve or return many entries; those outside the caller's reach are listed as skipped")
	BatchReview.Outcome review(@AuthenticationPrincipal Actor actor, @RequestBody BatchReview batch) {
		return this.workflow.review(actor, batch);
	}

	@GetMapping("/api/v1/map/stale")
	List<Entry> stale(@AuthenticationPrincipal Actor actor) {
		return this.workflow.stale(actor);
	}

	@PostMapping("/api/v1/map/layers")
	@ResponseStatus(HttpStatus.CREATED)
	Layer addLayer(@AuthenticationPrincipal Actor actor, @RequestBody LayerForm form) {
		return this.layers.add(actor, form);
	}

	@PutMapping("/api/v1/map/layers/{id}")
	Layer renameLayer(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody LayerForm form) {
		return this.layers.rename(actor, id, form);
	}

	/**
	 * A step of the workflow: the version it was decided on, and a comment (required to
	 * return).
	 */
	record Decision(Integer version, String comment) {
	}

}
