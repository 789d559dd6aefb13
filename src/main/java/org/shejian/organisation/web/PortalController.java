package org.shejian.organisation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shejian.organisation.Page;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitLevel;
import org.shejian.organisation.Units;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal: the city home with its districts, a page for every unit, and search
 * by name or code. No sign-in, no JavaScript needed.
 */
@Controller
class PortalController {

	private static final int PAGE_SIZE = 100;

	private final Units units;

	PortalController(Units units) {
		this.units = units;
	}

	@GetMapping("/")
	String home(Model model) {
		List<Unit> roots = this.units.roots();
		Map<Long, List<Unit>> children = new HashMap<>();
		roots.forEach(
				(root) -> children.put(root.id(), this.units.children(root, 0, Units.MAX_PAGE_SIZE, false).items()));
		model.addAttribute("roots", roots);
		model.addAttribute("children", children);
		return "home";
	}

	@GetMapping("/units/{code}")
	String unit(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
		Unit unit = this.units.get(code);
		Page<Unit> children = this.units.children(unit, page, PAGE_SIZE, false);
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", this.units.ancestors(unit));
		model.addAttribute("children", children);
		model.addAttribute("counts", this.units.totalsBelow(children.items()));
		model.addAttribute("stats", this.units.stats(unit));
		model.addAttribute("history", this.units.nameHistory(unit));
		return "unit";
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) UnitLevel level,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("level", level);
		model.addAttribute("levels", UnitLevel.values());
		if (q != null && !q.isBlank()) {
			model.addAttribute("results", this.units.search(q, level, "code", page, 50));
		}
		return "search";
	}

}
