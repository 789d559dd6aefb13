package org.shejian.catalogue.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.Grant;
import org.shejian.catalogue.Grants;
import org.shejian.catalogue.Resource;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.web.Flash;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Access grants in the console: partners apply, providers approve, reject or revoke. The
 * key of an approved grant is shown once, on the page that answers the approval itself;
 * it never travels in a redirect, a flash message or the session.
 */
@Controller
class GrantConsoleController {

	/** The expiry the approval form suggests, in days from today. */
	static final int SUGGESTED_DAYS = 90;

	private final Grants grants;

	private final Catalogue catalogue;

	private final Flash flash;

	private final Clock clock;

	GrantConsoleController(Grants grants, Catalogue catalogue, Flash flash, Clock clock) {
		this.grants = grants;
		this.catalogue = catalogue;
		this.flash = flash;
		this.clock = clock;
	}

	@GetMapping("/console/grants")
	String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String resource, Model model) {
		return page(actor, resource, model);
	}

	@PostMapping("/console/grants")
	String apply(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String resource,
			@RequestParam(required = false) String partner, @RequestParam(required = false) String purpose,
			Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			Grant grant = this.grants.apply(actor, (resource != null) ? resource.strip() : "", partner, purpose);
			return new Flash.Notice("grant.applied", grant.resourceIdentifier());
		});
		return "redirect:/console/grants";
	}

	@PostMapping("/console/grants/{id}/approve")
	String approve(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String expiresOn, @RequestParam(required = false) String note,
			@RequestParam int version, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			Grant.Issued issued = this.grants.approve(actor, id, Dates.parse(expiresOn), note, version);
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			model.addAttribute("issued", issued);
			return page(actor, null, model);
		}
		catch (Problem problem) {
			this.flash.problem(redirect, locale, problem);
			return "redirect:/console/grants";
		}
	}

	@PostMapping("/console/grants/{id}/reject")
	String reject(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String note, @RequestParam int version, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.grants.reject(actor, id, note, version);
			return new Flash.Notice("grant.rejected", id);
		});
		return "redirect:/console/grants";
	}

	@PostMapping("/console/grants/{id}/revoke")
	String revoke(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String note, @RequestParam int version, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.grants.revoke(actor, id, note, version);
			return new Flash.Notice("grant.revoked", id);
		});
		return "redirect:/console/grants";
	}

	private String page(Actor actor, String resource, Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(Dates.ZONE));
		model.addAttribute("grants", this.grants.visibleTo(actor));
		model.addAttribute("shared", this.catalogue.published().stream().filter(Resource::hasApi).toList());
		model.addAttribute("resource", resource);
		model.addAttribute("today", today);
		model.addAttribute("suggestedExpiry", today.plusDays(SUGGESTED_DAYS));
		model.addAttribute("latestExpiry", today.plusDays(Grants.MAX_DAYS));
		return "console/grants";
	}

}
