package org.shejian.requests.web;

import java.util.List;
import java.util.Locale;

import org.shejian.organisation.Units;
import org.shejian.requests.Open311Key;
import org.shejian.requests.Open311Keys;
import org.shejian.requests.RequestCategories;
import org.shejian.requests.RequestCategories.CategoryForm;
import org.shejian.requests.RequestEvent;
import org.shejian.requests.Requests;
import org.shejian.requests.ServiceRequest;
import org.shejian.requests.ServiceRequest.Status;
import org.shejian.shared.Actor;
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
 * Requests in the console: the queue of the user's scope, a request with the resident's
 * contact and the forms to answer and close it; for city administrators the categories
 * and the Open311 keys.
 */
@Controller
class RequestConsoleController {

	private final Requests requests;

	private final RequestCategories categories;

	private final Open311Keys keys;

	private final Units units;

	private final Flash flash;

	RequestConsoleController(Requests requests, RequestCategories categories, Open311Keys keys, Units units,
			Flash flash) {
		this.requests = requests;
		this.categories = categories;
		this.keys = keys;
		this.units = units;
		this.flash = flash;
	}

	@GetMapping("/console/requests")
	String queue(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Status status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		List<ServiceRequest> queue = this.requests.queue(actor, status, Math.max(0, page), 100);
		model.addAttribute("requests", queue);
		model.addAttribute("status", status);
		model.addAttribute("statuses", Status.values());
		model.addAttribute("unitNames", UnitNames.of(this.units, queue.stream().map(ServiceRequest::unitId)));
		return "console/requests";
	}

	@GetMapping("/console/requests/{id}")
	String request(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		Requests.StaffView view = this.requests.staffView(actor, id);
		model.addAttribute("view", view);
		model.addAttribute("unitNames", UnitNames.of(this.units, view.events().stream().map(RequestEvent::unitId)));
		return "console/request";
	}

	@PostMapping("/console/requests/{id}/answer")
	String answer(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam String note, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.requests.answer(actor, id, note);
			return new Flash.Notice("requests.answered");
		});
		return "redirect:/console/requests/" + id;
	}

	@PostMapping("/console/requests/{id}/close")
	String close(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam String note, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.requests.close(actor, id, note);
			return new Flash.Notice("requests.closedNotice");
		});
		return "redirect:/console/requests/" + id;
	}

	@GetMapping("/console/request-categories")
	String categories(Model model) {
		model.addAttribute("categories", this.categories.categories());
		return "console/request-categories";
	}

	@PostMapping("/console/request-categories")
	String addCategory(@AuthenticationPrincipal Actor actor, @ModelAttribute CategoryForm form, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.categories.add(actor, form);
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/request-categories";
	}

	@PostMapping("/console/request-categories/{id}")
	String updateCategory(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute CategoryForm form, Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.categories.update(actor, id, form);
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/request-categories";
	}

	@GetMapping("/console/open311-keys")
	String keys(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("keys", this.keys.keys(actor));
		return "console/open311-keys";
	}

	@PostMapping("/console/open311-keys")
	String issue(@AuthenticationPrincipal Actor actor, @RequestParam String application, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			Open311Key.Issued issued = this.keys.issue(actor, application);
			return new Flash.Notice("requests.key.issued", issued.key().application(), issued.secret());
		});
		return "redirect:/console/open311-keys";
	}

	@PostMapping("/console/open311-keys/{id}/revoke")
	String revoke(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			Open311Key revoked = this.keys.revoke(actor, id);
			return new Flash.Notice("requests.key.revokedNotice", revoked.application());
		});
		return "redirect:/console/open311-keys";
	}

}
