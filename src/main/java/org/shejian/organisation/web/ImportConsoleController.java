package org.shejian.organisation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shejian.organisation.divisions.DivisionFileSet;
import org.shejian.organisation.divisions.ImportJob;
import org.shejian.organisation.divisions.ImportJobs;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.web.Flash;

import org.springframework.context.MessageSource;
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
 * The division import page: upload the national files, then watch the progress (refreshed
 * by htmx, or by reloading the page without JavaScript).
 */
@Controller
class ImportConsoleController {

	private final ImportJobs jobs;

	private final Flash flash;

	private final MessageSource messages;

	ImportConsoleController(ImportJobs jobs, Flash flash, MessageSource messages) {
		this.jobs = jobs;
		this.flash = flash;
		this.messages = messages;
	}

	@GetMapping("/console/imports")
	String form() {
		return "console/import";
	}

	@PostMapping("/console/imports")
	String start(@AuthenticationPrincipal Actor actor, @RequestParam String province, @RequestParam String edition,
			@RequestParam("files") List<MultipartFile> files, Locale locale, RedirectAttributes redirect) {
		try {
			Map<String, byte[]> contents = new LinkedHashMap<>();
			for (MultipartFile file : files) {
				if (!file.isEmpty() && file.getOriginalFilename() != null) {
					contents.put(file.getOriginalFilename(), file.getBytes());
				}
			}
			ImportJob job = this.jobs.start(DivisionFileSet.of(contents, "upload"), province.strip(),
					Dates.parse(edition), actor.username());
			return "redirect:/console/imports/" + job.id();
		}
		catch (Problem problem) {
			this.flash.problem(redirect, locale, problem);
			return "redirect:/console/imports";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/console/imports/{id}")
	String progress(@PathVariable String id, Locale locale, Model model) {
		describe(job(id), locale, model);
		return "console/import-progress";
	}

	@GetMapping("/console/imports/{id}/status")
	String status(@PathVariable String id, Locale locale, Model model) {
		describe(job(id), locale, model);
		return "console/import-progress :: status";
	}

	private void describe(ImportJob job, Locale locale, Model model) {
		ImportJob.State state = job.state();
		model.addAttribute("job", job);
		model.addAttribute("state", state);
		if (state.problem() != null) {
			model.addAttribute("problem", state.problem().text(this.messages, locale));
			model.addAttribute("problemDetails",
					state.problem().details().stream().map((detail) -> detail.text(this.messages, locale)).toList());
		}
	}

	private ImportJob job(String id) {
		return this.jobs.find(id).orElseThrow(() -> Problem.notFound("page.notFound"));
	}

}
