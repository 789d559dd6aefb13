package org.shejian.organisation.web;

import java.util.List;
import java.util.Locale;

import org.shejian.organisation.Unit;
import org.shejian.organisation.Units;
import org.shejian.organisation.attached.AttachedOrganisations;
import org.shejian.organisation.attached.AttachedOrganisations.BuildingForm;
import org.shejian.organisation.attached.AttachedOrganisations.SocialForm;
import org.shejian.organisation.attached.SocialOrganisation;
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
 * Buildings and social organisations in the console, listed for the user's subtree (or a
 * unit within it) and edited within it.
 */
@Controller
class AttachedConsoleController {

	private final AttachedOrganisations organisations;

	private final Units units;

	private final Flash flash;

	AttachedConsoleController(AttachedOrganisations organisations, Units units, Flash flash) {
		this.organisations = organisations;
		this.units = units;
		this.flash = flash;
	}

	@GetMapping("/console/buildings")
	String buildings(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String code = unitOrOwn(actor, unit);
		model.addAttribute("unitCode", code);
		model.addAttribute("buildings", this.organisations.buildings(actor, code,
				Math.min(Math.max(0, page), AttachedApiController.MAX_PAGE), 100));
		return "console/buildings";
	}

	@GetMapping("/console/buildings/{id}")
	String building(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		var building = this.organisations.building(actor, id);
		model.addAttribute("building", building);
		model.addAttribute("unit", this.units.findById(building.unitId()).orElseThrow());
		return "console/building";
	}

	@PostMapping("/console/buildings")
	String addBuilding(@AuthenticationPrincipal Actor actor, @ModelAttribute BuildingForm form, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.organisations.addBuildings(actor, List.of(form));
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/buildings";
	}

	@PostMapping("/console/buildings/{id}")
	String updateBuilding(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute BuildingForm form, Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.organisations.updateBuilding(actor, id, form);
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/buildings/" + id;
	}

	@GetMapping("/console/social")
	String social(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String code = unitOrOwn(actor, unit);
		model.addAttribute("unitCode", code);
		model.addAttribute("organisations", this.organisations.socialOrganisations(actor, code,
				Math.min(Math.max(0, page), AttachedApiController.MAX_PAGE), 100));
		model.addAttribute("hubs", this.organisations.hubs());
		model.addAttribute("categories", SocialOrganisation.Category.values());
		model.addAttribute("hubLevels", SocialOrganisation.HubLevel.values());
		return "console/social";
	}

	@GetMapping("/console/social/{id}")
	String socialOrganisation(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		SocialOrganisation organisation = this.organisations.socialOrganisation(actor, id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("unit", this.units.findById(organisation.unitId()).orElseThrow());
		model.addAttribute("hubs", this.organisations.hubs());
		model.addAttribute("categories", SocialOrganisation.Category.values());
		model.addAttribute("hubLevels", SocialOrganisation.HubLevel.values());
		return "console/social-organisation";
	}

	@PostMapping("/console/social")
	String addSocial(@AuthenticationPrincipal Actor actor, @ModelAttribute SocialForm form, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.organisations.addSocialOrganisation(actor, form);
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/social";
	}

	@PostMapping("/console/social/{id}")
	String updateSocial(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute SocialForm form,
			Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.organisations.updateSocialOrganisation(actor, id, form);
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/social/" + id;
	}

	private String unitOrOwn(Actor actor, String unit) {
		if (unit != null && !unit.isBlank()) {
			return unit;
		}
		Unit own = this.units.findById(actor.unitId()).orElseThrow();
		return own.code();
	}

}
