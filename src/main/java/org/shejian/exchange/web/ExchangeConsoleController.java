package org.shejian.exchange.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.Resource.SourceKind;
import org.shejian.exchange.Batch;
import org.shejian.exchange.ExportJob;
import org.shejian.exchange.Exports;
import org.shejian.exchange.ImportJobs;
import org.shejian.exchange.ImportMode;
import org.shejian.exchange.Imports;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.geo.CoordinateSystem;
import org.shejian.shared.web.Flash;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data-exchange page: for each resource the user maintains, its template and sample,
 * an upload with the mode and the coordinate system, its batches with their reports and
 * rollback; and the user's exports. Imports run in the background with their progress
 * shown (refreshed by htmx, or by reloading without JavaScript).
 */
@Controller
class ExchangeConsoleController {

	private final Catalogue catalogue;

	private final Imports imports;

	private final ImportJobs jobs;

	private final Exports exports;

	private final Flash flash;

	ExchangeConsoleController(Catalogue catalogue, Imports imports, ImportJobs jobs, Exports exports, Flash flash) {
		this.catalogue = catalogue;
		this.imports = imports;
		this.jobs = jobs;
		this.exports = exports;
		this.flash = flash;
	}

	/** A resource the user may import into, with its recent batches. */
	record Target(org.shejian.catalogue.Resource resource, boolean coordinates, boolean sample, List<Batch> batches,
			Long newestLoaded) {
	}

	@GetMapping("/console/exchange")
	String page(@AuthenticationPrincipal Actor actor, Model model) {
		List<Target> targets = new ArrayList<>();
		for (org.shejian.catalogue.Resource resource : this.catalogue.workingCopies(actor)) {
			if (resource.sourceKind() != SourceKind.STORED) {
				continue;
			}
			try {
				this.imports.target(actor, resource.identifier());
			}
			catch (Problem notMaintainer) {
				continue;
			}
			List<Batch> batches = this.imports.batches(actor, resource.identifier());
			Long newest = batches.stream()
				.filter((b) -> b.state() == Batch.State.LOADED)
				.map(Batch::id)
				.max(Long::compare)
				.orElse(null);
			targets.add(new Target(resource, this.imports.hasCoordinates(resource),
					resource.platformKey() != null && resource.platformKey().startsWith("exchange."),
					batches.subList(0, Math.min(5, batches.size())), newest));
		}
		model.addAttribute("targets", targets);
		model.addAttribute("published", this.catalogue.published().stream().filter((r) -> r.hasApi()).toList());
		model.addAttribute("exports", this.exports.jobs(actor));
		model.addAttribute("systems", CoordinateSystem.values());
		return "console/exchange";
	}

	@PostMapping("/console/exchange/imports")
	String upload(@AuthenticationPrincipal Actor actor, @RequestParam String resource, @RequestParam ImportMode mode,
			@RequestParam(required = false) String coordinates, @RequestParam MultipartFile file, Locale locale,
			RedirectAttributes redirect) {
		try {
			if (file.isEmpty()) {
				throw Problem.invalid("tabular.file.empty", String.valueOf(file.getOriginalFilename()));
			}
			CoordinateSystem system = (coordinates != null && !coordinates.isBlank())
					? CoordinateSystem.parse(coordinates) : null;
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
			ImportJobs.Job job = this.jobs.start(actor, resource, file, name, mode, system, locale);
			return "redirect:/console/exchange/imports/" + job.id();
		}
		catch (Problem problem) {
			this.flash.problem(redirect, locale, problem);
			return "redirect:/console/exchange";
		}
	}

	@GetMapping("/console/exchange/imports/{id}")
	String progress(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
		describe(actor, id, model);
		return "console/exchange-progress";
	}

	@GetMapping("/console/exchange/imports/{id}/status")
	String status(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
		describe(actor, id, model);
		return "console/exchange-progress :: status";
	}

	private void describe(Actor actor, String id, Model model) {
		ImportJobs.Job job = this.jobs.find(actor, id).orElseThrow(() -> Problem.notFound("page.notFound"));
		model.addAttribute("job", job);
		model.addAttribute("batch",
				(job.finished() && job.batchId() != null) ? this.imports.batch(actor, job.batchId()) : null);
	}

	@PostMapping("/console/exchange/batches/{id}/rollback")
	String rollback(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			Batch batch = this.imports.rollback(actor, id);
			return new Flash.Notice("exchange.rolledBack", batch.id(), batch.resourceIdentifier());
		});
		return "redirect:/console/exchange";
	}

	@GetMapping("/console/exchange/batches/{id}/rejects")
	ResponseEntity<Resource> rejects(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return Downloads.file(this.imports.rejects(actor, id), "rejected-rows-" + id + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@PostMapping("/console/exchange/exports")
	String export(@AuthenticationPrincipal Actor actor, @RequestParam String resource,
			@RequestParam ExportJob.Format format, Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			ExportJob job = this.exports.start(actor, resource, format);
			return new Flash.Notice("exchange.exportStarted", job.id(), job.resourceName());
		});
		return "redirect:/console/exchange#exports";
	}

	@GetMapping("/console/exchange/exports/{id}/file")
	ResponseEntity<Resource> exportFile(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		ExportJob job = this.exports.job(actor, id);
		return Downloads.file(this.exports.file(actor, id), job.fileName(), job.format().mediaType());
	}

}
