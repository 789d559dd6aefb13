package org.shejian.sites.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.web.Flash;
import org.shejian.sites.Article;
import org.shejian.sites.Articles;
import org.shejian.sites.ColumnKind;
import org.shejian.sites.OwnerKind;
import org.shejian.sites.Site;
import org.shejian.sites.SiteForm;
import org.shejian.sites.SiteState;
import org.shejian.sites.Sites;

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
 * The website cluster in the console: the sites of the user's subtree, creating one or
 * all of a district's, a site's settings, state, columns and articles, an article with
 * its actions, versions and history, and the review queue.
 */
@Controller
class SiteConsoleController {

	private final Sites sites;

	private final Articles articles;

	private final Flash flash;

	SiteConsoleController(Sites sites, Articles articles, Flash flash) {
		this.sites = sites;
		this.articles = articles;
		this.flash = flash;
	}

	@GetMapping("/console/sites")
	String sites(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("sites", this.sites.sites(actor, Math.min(Math.max(0, page), 10_000)));
		model.addAttribute("ownerKinds", OwnerKind.values());
		return "console/sites";
	}

	@PostMapping("/console/sites")
	String create(@AuthenticationPrincipal Actor actor, @ModelAttribute SiteForm form, Locale locale,
			RedirectAttributes redirect) {
		try {
			Site site = this.sites.create(actor, form);
			this.flash.notice(redirect, locale, "console.saved");
			return "redirect:/console/sites/" + site.id();
		}
		catch (Problem problem) {
			this.flash.problem(redirect, locale, problem);
			return "redirect:/console/sites";
		}
	}

	@PostMapping("/console/sites/bulk")
	String bulk(@AuthenticationPrincipal Actor actor, @RequestParam String unit, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale,
				() -> new Flash.Notice("sites.bulk.done", this.sites.createForVillageUnits(actor, unit)));
		return "redirect:/console/sites";
	}

	@GetMapping("/console/sites/{id}")
	String site(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		Site site = this.sites.site(actor, id);
		model.addAttribute("site", site);
		model.addAttribute("columns", this.sites.columns(id));
		model.addAttribute("articles", this.articles.ofSite(actor, id));
		model.addAttribute("states", List.of(SiteState.values()).stream().filter(site.state()::mayBecome).toList());
		model.addAttribute("columnKinds", ColumnKind.values());
		return "console/site";
	}

	@PostMapping("/console/sites/{id}")
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute SiteForm form,
			Locale locale, RedirectAttributes redirect) {
		return siteStep(id, locale, redirect, () -> this.sites.update(actor, id, form));
	}

	@PostMapping("/console/sites/{id}/state")
	String state(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam SiteState state,
			@RequestParam Integer version, Locale locale, RedirectAttributes redirect) {
		return siteStep(id, locale, redirect, () -> this.sites.changeState(actor, id, state, version));
	}

	@PostMapping("/console/sites/{id}/columns")
	String addColumn(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam String name,
			@RequestParam(required = false) ColumnKind kind, @RequestParam(required = false) Long parentId,
			Locale locale, RedirectAttributes redirect) {
		return siteStep(id, locale, redirect, () -> this.sites.addColumn(actor, id, name, kind, parentId));
	}

	@PostMapping("/console/site-articles")
	String createArticle(@AuthenticationPrincipal Actor actor, @ModelAttribute ArticleFields fields,
			@RequestParam long site, Locale locale, RedirectAttributes redirect) {
		try {
			Article article = this.articles.create(actor, fields.toForm());
			this.flash.notice(redirect, locale, "console.saved");
			return "redirect:/console/site-articles/" + article.id();
		}
		catch (Problem problem) {
			this.flash.problem(redirect, locale, problem);
			return "redirect:/console/sites/" + site;
		}
	}

	@GetMapping("/console/site-articles/{id}")
	String article(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
		Article article = this.articles.article(actor, id);
		model.addAttribute("article", article);
		model.addAttribute("fields", ArticleFields.of(article));
		model.addAttribute("columns", this.sites.columns(article.siteId()));
		model.addAttribute("versions", this.articles.versions(actor, id));
		model.addAttribute("events", this.articles.history(actor, id));
		model.addAttribute("reviews", this.articles.mayReview(actor, article));
		if (from != null && to != null) {
			model.addAttribute("diff", this.articles.diff(actor, id, from, to));
		}
		return "console/site-article";
	}

	@PostMapping("/console/site-articles/{id}")
	String change(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute ArticleFields fields,
			Locale locale, RedirectAttributes redirect) {
		return articleStep(id, locale, redirect, () -> this.articles.change(actor, id, fields.toForm()));
	}

	@PostMapping("/console/site-articles/{id}/submit")
	String submit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Integer version,
			Locale locale, RedirectAttributes redirect) {
		return articleStep(id, locale, redirect, () -> this.articles.submit(actor, id, version));
	}

	@PostMapping("/console/site-articles/{id}/approve")
	String approve(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Integer version,
			Locale locale, RedirectAttributes redirect) {
		return articleStep(id, locale, redirect, () -> this.articles.approve(actor, id, version));
	}

	@PostMapping("/console/site-articles/{id}/return")
	String returnToEditors(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Integer version,
			@RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
		return articleStep(id, locale, redirect, () -> this.articles.returnToEditors(actor, id, version, comment));
	}

	@PostMapping("/console/site-articles/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Integer version,
			@RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
		return articleStep(id, locale, redirect, () -> this.articles.withdraw(actor, id, version, comment));
	}

	@GetMapping("/console/site-reviews")
	String reviews(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("articles", this.articles.reviewQueue(actor));
		return "console/site-reviews";
	}

	private String siteStep(long id, Locale locale, RedirectAttributes redirect, Supplier<Object> step) {
		this.flash.attempt(redirect, locale, () -> {
			step.get();
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/sites/" + id;
	}

	private String articleStep(long id, Locale locale, RedirectAttributes redirect, Supplier<Object> step) {
		this.flash.attempt(redirect, locale, () -> {
			step.get();
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/site-articles/" + id;
	}

}
