package org.shejian.catalogue.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.Category;
import org.shejian.catalogue.Group;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ShareType;
import org.shejian.catalogue.UpdateCycle;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.web.Flash;
import org.shejian.standards.Standards;
import org.shejian.standards.Status;

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
 * Working copies in the console: the list a maintainer or reviewer sees, the forms to
 * define and change a resource, and the steps of review (submit, approve, return). A
 * rejected form comes back filled in, with the problem above it, so nothing typed is
 * lost.
 */
@Controller
class CatalogueConsoleController {

	private final Catalogue catalogue;

	private final Standards standards;

	private final Flash flash;

	CatalogueConsoleController(Catalogue catalogue, Standards standards, Flash flash) {
		this.catalogue = catalogue;
		this.standards = standards;
		this.flash = flash;
	}

	@GetMapping("/console/catalogue")
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		return listPage(actor, ResourceFields.blank(), model);
	}

	@PostMapping("/console/catalogue/categories")
	String addCategory(@AuthenticationPrincipal Actor actor, @RequestParam String code, @RequestParam String name,
			Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			Category added = this.catalogue.addCategory(actor, code, name);
			return new Flash.Notice("catalogue.category.added", added.code(), added.name());
		});
		return "redirect:/console/catalogue#classification";
	}

	@PostMapping("/console/catalogue/groups")
	String addGroup(@AuthenticationPrincipal Actor actor, @RequestParam String code, @RequestParam Group.Kind kind,
			@RequestParam String name, Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			Group added = this.catalogue.addGroup(actor, code, kind, name);
			return new Flash.Notice("catalogue.group.added", added.code(), added.name());
		});
		return "redirect:/console/catalogue#classification";
	}

	@PostMapping("/console/catalogue/groups/{code}")
	String renameGroup(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestParam String name,
			Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			Group renamed = this.catalogue.renameGroup(actor, code, name);
			return new Flash.Notice("catalogue.group.renamed", renamed.code(), renamed.name());
		});
		return "redirect:/console/catalogue#classification";
	}

	@PostMapping("/console/catalogue")
	String define(@AuthenticationPrincipal Actor actor, @ModelAttribute("fields") ResourceFields fields, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Resource defined = this.catalogue.define(actor, fields.provider(), fields.toForm());
			this.flash.notice(redirect, locale, "resource.defined", defined.identifier());
			return redirectTo(defined);
		}
		catch (Problem problem) {
			this.flash.show(model, locale, problem);
			response.setStatus(problem.status().value());
			return listPage(actor, fields, model);
		}
	}

	@GetMapping("/console/catalogue/{provider}/{sequence}")
	String workingCopy(@AuthenticationPrincipal Actor actor, @PathVariable String provider,
			@PathVariable String sequence, Model model) {
		Resource resource = this.catalogue.workingCopy(actor, provider + "/" + sequence);
		return editPage(resource, ResourceFields.of(resource), resource.version(), model);
	}

	@PostMapping("/console/catalogue/{provider}/{sequence}")
	String change(@AuthenticationPrincipal Actor actor, @PathVariable String provider, @PathVariable String sequence,
			@RequestParam int version, @ModelAttribute("fields") ResourceFields fields, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String identifier = provider + "/" + sequence;
		try {
			Resource changed = this.catalogue.change(actor, identifier, fields.toForm(), version);
			this.flash.notice(redirect, locale, "console.saved");
			return redirectTo(changed);
		}
		catch (Problem problem) {
			Resource resource = this.catalogue.workingCopy(actor, identifier);
			this.flash.show(model, locale, problem);
			response.setStatus(problem.status().value());
			return editPage(resource, fields, version, model);
		}
	}

	@PostMapping("/console/catalogue/{provider}/{sequence}/submit")
	String submit(@AuthenticationPrincipal Actor actor, @PathVariable String provider, @PathVariable String sequence,
			@RequestParam int version, Locale locale, RedirectAttributes redirect) {
		String identifier = provider + "/" + sequence;
		this.flash.attempt(redirect, locale, () -> {
			this.catalogue.submit(actor, identifier, version);
			return new Flash.Notice("resource.submitted", identifier);
		});
		return "redirect:/console/catalogue/" + identifier;
	}

	@PostMapping("/console/catalogue/{provider}/{sequence}/approve")
	String approve(@AuthenticationPrincipal Actor actor, @PathVariable String provider, @PathVariable String sequence,
			@RequestParam int version, Locale locale, RedirectAttributes redirect) {
		String identifier = provider + "/" + sequence;
		this.flash.attempt(redirect, locale, () -> {
			Resource published = this.catalogue.approve(actor, identifier, version);
			return new Flash.Notice("resource.approved", identifier, published.publishedVersion());
		});
		return "redirect:/console/catalogue/" + identifier;
	}

	@PostMapping("/console/catalogue/{provider}/{sequence}/return")
	String returnForChanges(@AuthenticationPrincipal Actor actor, @PathVariable String provider,
			@PathVariable String sequence, @RequestParam int version, @RequestParam(required = false) String comment,
			Locale locale, RedirectAttributes redirect) {
		String identifier = provider + "/" + sequence;
		this.flash.attempt(redirect, locale, () -> {
			this.catalogue.returnForChanges(actor, identifier, comment, version);
			return new Flash.Notice("resource.returned", identifier);
		});
		return "redirect:/console/catalogue/" + identifier;
	}

	private String listPage(Actor actor, ResourceFields fields, Model model) {
		model.addAttribute("resources", this.catalogue.workingCopies(actor));
		model.addAttribute("fields", fields);
		addChoices(model);
		return "console/catalogue";
	}

	/**
	 * The page of a working copy; a form that comes back keeps the version it was made
	 * from, so that a change made meanwhile by someone else is not overwritten.
	 */
	private String editPage(Resource resource, ResourceFields fields, int formVersion, Model model) {
		model.addAttribute("resource", resource);
		model.addAttribute("formVersion", formVersion);
		model.addAttribute("fields", fields);
		model.addAttribute("versions", this.catalogue.versions(resource));
		addChoices(model);
		return "console/resource";
	}

	private void addChoices(Model model) {
		model.addAttribute("categories", this.catalogue.categories());
		model.addAttribute("groups", this.catalogue.groups());
		model.addAttribute("shareTypes", ShareType.values());
		model.addAttribute("updateCycles", UpdateCycle.values());
		model.addAttribute("elements",
				this.standards.elements().stream().filter((e) -> e.status() == Status.STANDARD).toList());
	}

	private static String redirectTo(Resource resource) {
		return "redirect:/console/catalogue/" + resource.identifier();
	}

}
