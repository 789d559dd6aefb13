package org.shejian.appraisal.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.shejian.appraisal.Campaign;
import org.shejian.appraisal.CampaignForm;
import org.shejian.appraisal.AppraisalCampaigns;
import org.shejian.appraisal.SiteCategory;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The appraisal in the console, for city administrators: the campaigns, a form to open
 * one, editing before it opens, its results with the comments per site, and finalising.
 */
@Controller
class AppraisalConsoleController {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
		.withZone(Dates.ZONE);

	private final AppraisalCampaigns campaigns;

	private final Flash flash;

	AppraisalConsoleController(AppraisalCampaigns campaigns, Flash flash) {
		this.campaigns = campaigns;
		this.flash = flash;
	}

	@GetMapping("/console/appraisal")
	String campaigns(@AuthenticationPrincipal Actor actor, Model model) {
		requireCityAdmin(actor);
		model.addAttribute("campaigns", this.campaigns.all());
		model.addAttribute("categories", SiteCategory.values());
		return "console/appraisal";
	}

	@PostMapping("/console/appraisal")
	String create(@AuthenticationPrincipal Actor actor, @ModelAttribute CampaignForm form, Locale locale,
			RedirectAttributes redirect) {
		try {
			Campaign campaign = this.campaigns.create(actor, form);
			this.flash.notice(redirect, locale, "appraisal.campaign.created", campaign.title());
			return "redirect:/console/appraisal/" + campaign.id();
		}
		catch (Problem problem) {
			this.flash.problem(redirect, locale, problem);
			return "redirect:/console/appraisal";
		}
	}

	@GetMapping("/console/appraisal/{id}")
	String campaign(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		requireCityAdmin(actor);
		Campaign campaign = this.campaigns.get(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("state", this.campaigns.state(campaign));
		model.addAttribute("results", this.campaigns.results(campaign));
		model.addAttribute("opensLocal", LOCAL.format(campaign.opensAt()));
		model.addAttribute("closesLocal", LOCAL.format(campaign.closesAt()));
		return "console/appraisal-campaign";
	}

	@GetMapping("/console/appraisal/{id}/sites/{siteId}/comments")
	String comments(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long siteId,
			Model model) {
		model.addAttribute("comments", this.campaigns.comments(actor, id, siteId));
		model.addAttribute("campaign", this.campaigns.get(id));
		model.addAttribute("siteId", siteId);
		return "console/appraisal-comments";
	}

	@PostMapping("/console/appraisal/{id}")
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute CampaignForm form,
			Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.campaigns.edit(actor, id, form);
			return new Flash.Notice("appraisal.campaign.saved");
		});
		return "redirect:/console/appraisal/" + id;
	}

	@PostMapping("/console/appraisal/{id}/finalise")
	String finalise(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			AppraisalCampaigns.Finalised done = this.campaigns.finalise(actor, id);
			return new Flash.Notice("appraisal.campaign.finalisedNotice", done.awarded().size(),
					done.withdrawn().size());
		});
		return "redirect:/console/appraisal/" + id;
	}

	private static void requireCityAdmin(Actor actor) {
		if (actor == null || !actor.has(Role.CITY_ADMIN)) {
			throw Problem.forbidden("role.missing");
		}
	}

}
