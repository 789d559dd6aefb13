package org.shejian.sites.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.shejian.shared.Actor;
import org.shejian.shared.web.Flash;
import org.shejian.sites.SiteCoverage;
import org.shejian.sites.SiteHealth;
import org.shejian.sites.Sites;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coverage and health in the console: the coverage of a subtree by child unit with its
 * charts (drawn by {@code /js/site-charts.js} from the JSON in a {@code data-} attribute,
 * the tables beside them for readers without script), the least healthy sites, the
 * workbook, and one site's health with its "check now" action.
 */
@Controller
class SiteHealthConsoleController {

	/** How many of the least healthy sites the coverage page lists. */
	static final int WORST = 50;

	private final SiteCoverage coverage;

	private final SiteHealth health;

	private final Sites sites;

	private final Flash flash;

	private final JsonMapper json;

	SiteHealthConsoleController(SiteCoverage coverage, SiteHealth health, Sites sites, Flash flash, JsonMapper json) {
		this.coverage = coverage;
		this.health = health;
		this.sites = sites;
		this.flash = flash;
		this.json = json;
	}

	@GetMapping("/console/sites/coverage")
	String coverage(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit, Model model) {
		SiteCoverage.Report report = this.coverage.coverage(actor, unit);
		List<SiteHealth.SiteLine> worst = this.health.sites(actor, report.unit().code())
			.stream()
			.sorted(Comparator.comparingInt(SiteHealth.SiteLine::score).thenComparing(SiteHealth.SiteLine::code))
			.limit(WORST)
			.toList();
		model.addAttribute("report", report);
		model.addAttribute("chartData", this.json.writeValueAsString(CoverageJson.of(report)));
		model.addAttribute("worst", worst);
		model.addAttribute("staleDays", this.health.staleDays());
		return "console/site-coverage";
	}

	@GetMapping("/console/sites/coverage.xlsx")
	void export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			HttpServletResponse response) throws IOException {
		CoverageDownload.write(this.coverage, this.health, actor, unit, response);
	}

	@GetMapping("/console/sites/{id}/health")
	String health(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("health", this.health.health(actor, this.sites.site(actor, id).code()));
		return "console/site-health";
	}

	@PostMapping("/console/sites/{id}/health/check")
	String check(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.health.checkNow(actor, this.sites.site(actor, id).code());
			return new Flash.Notice("sites.health.checkStarted");
		});
		return "redirect:/console/sites/" + id + "/health";
	}

}
