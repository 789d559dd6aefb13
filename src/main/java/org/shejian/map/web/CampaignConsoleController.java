package org.shejian.map.web;

import java.util.Locale;

import org.shejian.map.Campaign;
import org.shejian.map.Campaigns;
import org.shejian.map.Campaigns.CampaignForm;
import org.shejian.map.CampaignTask;
import org.shejian.organisation.Units;
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
 * Collection campaigns in the console: the list with the unit's own tasks, the form to
 * open one, and each campaign's progress by district with the units asked.
 */
@Controller
class CampaignConsoleController {

	private final Campaigns campaigns;

	private final Units units;

	private final Flash flash;

	CampaignConsoleController(Campaigns campaigns, Units units, Flash flash) {
		this.campaigns = campaigns;
		this.units = units;
		this.flash = flash;
	}

	@GetMapping("/console/campaigns")
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("campaigns", this.campaigns.campaigns(actor));
		model.addAttribute("tasks",
				this.campaigns.ownTasks(actor)
					.stream()
					.map((task) -> new OwnTask(this.campaigns.campaign(actor, task.campaignId()), task))
					.toList());
		model.addAttribute("today", this.campaigns.today());
		return "console/campaigns";
	}

	@PostMapping("/console/campaigns")
	String open(@AuthenticationPrincipal Actor actor, @ModelAttribute CampaignForm form, Locale locale,
			RedirectAttributes redirect) {
		Campaign[] opened = new Campaign[1];
		this.flash.attempt(redirect, locale, () -> {
			opened[0] = this.campaigns.open(actor, form);
			return new Flash.Notice("campaign.opened", opened[0].title());
		});
		return (opened[0] != null) ? "redirect:/console/campaigns/" + opened[0].id() : "redirect:/console/campaigns";
	}

	@GetMapping("/console/campaigns/{id}")
	String campaign(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "false") boolean outstanding,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Campaign campaign = this.campaigns.campaign(actor, id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("scope", this.units.findById(campaign.scopeUnitId()).orElseThrow());
		model.addAttribute("progress", this.campaigns.progress(actor, id));
		model.addAttribute("tasks", this.campaigns.tasks(actor, id, unit, outstanding, page));
		model.addAttribute("unit", unit);
		model.addAttribute("outstanding", outstanding);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("pageSize", Campaigns.PAGE);
		model.addAttribute("today", this.campaigns.today());
		return "console/campaign";
	}

	@PostMapping("/console/campaigns/{id}/submit")
	String submit(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String note, @RequestParam int version, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			CampaignTask task = this.campaigns.submit(actor, id, note, version);
			return new Flash.Notice("campaign.submitted", task.services());
		});
		return "redirect:/console/campaigns";
	}

	@PostMapping("/console/campaigns/{id}/remind")
	String remind(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String unit, Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale,
				() -> new Flash.Notice("campaign.reminded", this.campaigns.remind(actor, id, unit)));
		return "redirect:/console/campaigns/" + id;
	}

	@PostMapping("/console/campaigns/{id}/close")
	String close(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam int version, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.campaigns.close(actor, id, version);
			return new Flash.Notice("campaign.closedNotice");
		});
		return "redirect:/console/campaigns/" + id;
	}

	/** A task of the user's unit with its campaign. */
	record OwnTask(Campaign campaign, CampaignTask task) {
	}

}
