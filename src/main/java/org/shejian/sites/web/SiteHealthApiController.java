package org.shejian.sites.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.shejian.shared.Actor;
import org.shejian.sites.SiteCoverage;
import org.shejian.sites.SiteHealth;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coverage and health of the websites of the signed-in user's subtree: a district
 * administrator reads their district, the city all of it.
 */
@RestController
@Tag(name = "site health", description = "Coverage of the website cluster and the health of each site")
class SiteHealthApiController {

	private final SiteCoverage coverage;

	private final SiteHealth health;

	SiteHealthApiController(SiteCoverage coverage, SiteHealth health) {
		this.coverage = coverage;
		this.health = health;
	}

	@GetMapping("/api/v1/sites/coverage")
	CoverageJson coverage(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit) {
		return CoverageJson.of(this.coverage.coverage(actor, unit));
	}

	@GetMapping("/api/v1/sites/coverage.xlsx")
	void export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			HttpServletResponse response) throws IOException {
		CoverageDownload.write(this.coverage, this.health, actor, unit, response);
	}

	@GetMapping("/api/v1/sites/health")
	List<SiteHealth.SiteLine> sites(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit) {
		return this.health.sites(actor, unit);
	}

	@GetMapping("/api/v1/sites/{code}/health")
	SiteHealth.Health health(@AuthenticationPrincipal Actor actor, @PathVariable String code) {
		return this.health.health(actor, code);
	}

	@PostMapping("/api/v1/sites/{code}/health/check")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void check(@AuthenticationPrincipal Actor actor, @PathVariable String code) {
		this.health.checkNow(actor, code);
	}

}
