package org.shejian.organisation.web;

import java.util.Locale;

import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.organisation.internal.UnitEditor;
import org.shejian.organisation.internal.UnitEditor.UnitChange;
import org.shejian.shared.Actor;
import org.shejian.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation tree in the console: rooted at the user's unit, children loaded lazily
 * (htmx, or plain links without JavaScript), unit detail, edit and move.
 */
@Controller
class UnitConsoleController {

	private static final int PAGE_SIZE = 50;

	private final Units units;

	private final UnitScope scope;

	private final UnitEditor editor;

	private final Flash flash;

	UnitConsoleController(Units units, UnitScope scope, UnitEditor editor, Flash flash) {
		this.units = units;
		this.scope = scope;
		this.editor = editor;
		this.flash = flash;
	}

	@GetMapping("/console/units")
	String tree(@AuthenticationPrincipal Actor actor, Model model) {
		Unit root = this.units.findById(actor.unitId()).orElseThrow();
		model.addAttribute("root", root);
		model.addAttribute("parent", root);
		model.addAttribute("children", this.units.children(root, 0, PAGE_SIZE, false));
		return "console/tree";
	}

	@GetMapping("/console/units/{code}/children")
	String children(@AuthenticationPrincipal Actor actor, @PathVariable String code,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Unit unit = scoped(actor, code);
		model.addAttribute("parent", unit);
		model.addAttribute("children", this.units.children(unit, page, PAGE_SIZE, false));
		return "console/branch :: branch";
	}

	@GetMapping("/console/units/{code}")
	String detail(@AuthenticationPrincipal Actor actor, @PathVariable String code,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Unit unit = scoped(actor, code);
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", this.units.ancestors(unit));
		model.addAttribute("children", this.units.children(unit, page, PAGE_SIZE, false));
		model.addAttribute("stats", this.units.stats(unit));
		model.addAttribute("history", this.units.nameHistory(unit));
		return "console/unit";
	}

	@PostMapping("/console/units/{code}")
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestParam String name,
			@RequestParam(required = false) String shortName, @RequestParam(required = false) String urbanRuralClass,
			@RequestParam(required = false) Integer version, Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.editor.edit(actor, code, new UnitChange(name, shortName, urbanRuralClass, version));
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/units/" + this.units.get(code).code();
	}

	@PostMapping("/console/units/{code}/move")
	String move(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestParam String parent,
			@RequestParam(required = false) Integer version, Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.editor.move(actor, code, parent, version);
			return new Flash.Notice("console.moved");
		});
		return "redirect:/console/units/" + this.units.get(code).code();
	}

	private Unit scoped(Actor actor, String code) {
		Unit unit = this.units.get(code);
		this.scope.check(actor, unit.id());
		return unit;
	}

}
