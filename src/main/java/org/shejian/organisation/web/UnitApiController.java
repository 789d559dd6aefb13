package org.shejian.organisation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitLevel;
import org.shejian.organisation.UnitStats;
import org.shejian.organisation.Units;
import org.shejian.organisation.internal.UnitEditor;
import org.shejian.organisation.internal.UnitEditor.UnitChange;
import org.shejian.shared.Actor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation tree as JSON. Reads are public; writes need an administrator whose
 * scope covers the unit.
 */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "units", description = "The organisation tree on the national division codes")
class UnitApiController {

	private final Units units;

	private final UnitEditor editor;

	UnitApiController(Units units, UnitEditor editor) {
		this.units = units;
		this.editor = editor;
	}

	@GetMapping
	@Operation(summary = "Search current units by name, short name or code")
	PageView<UnitView> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) UnitLevel level, @RequestParam(defaultValue = "code") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageView.of(this.units.search(q, level, sort, page, size), UnitView::of);
	}

	@GetMapping("/{code}")
	@Operation(summary = "One unit, by its code as written in the national files or padded to 12 digits")
	UnitView unit(@PathVariable String code) {
		return UnitView.of(this.units.get(code));
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "A page of the unit's children, ordered by code")
	PageView<UnitView> children(@PathVariable String code, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "false") boolean includeRetired) {
		return PageView.of(this.units.children(this.units.get(code), page, size, includeRetired), UnitView::of);
	}

	@GetMapping("/{code}/ancestors")
	@Operation(summary = "The unit's ancestors from the root down")
	List<UnitView> ancestors(@PathVariable String code) {
		return this.units.ancestors(this.units.get(code)).stream().map(UnitView::of).toList();
	}

	@GetMapping("/{code}/stats")
	@Operation(summary = "Counts of current units in the subtree, by level and kind")
	StatsView stats(@PathVariable String code) {
		UnitStats stats = this.units.stats(this.units.get(code));
		return new StatsView(UnitView.of(stats.unit()), stats.counts());
	}

	@PutMapping("/{code}")
	@Operation(summary = "Edit a unit's names and urban-rural class; the version must be current")
	UnitView edit(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestBody UnitChange change) {
		return UnitView.of(this.editor.edit(actor, code, change));
	}

	@PostMapping("/{code}/move")
	@Operation(summary = "Put a unit under another parent of the same level; descendants follow")
	UnitView move(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestBody MoveRequest move) {
		Unit moved = this.editor.move(actor, code, move.parent(), move.version());
		return UnitView.of(moved);
	}

	record StatsView(UnitView unit, List<UnitStats.Count> counts) {
	}

	record MoveRequest(String parent, Integer version) {
	}

}
