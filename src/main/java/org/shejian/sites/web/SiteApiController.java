package org.shejian.sites.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.shared.Actor;
import org.shejian.sites.Article;
import org.shejian.sites.ArticleEvent;
import org.shejian.sites.ArticleForm;
import org.shejian.sites.ArticleVersion;
import org.shejian.sites.Articles;
import org.shejian.sites.QueuedArticle;
import org.shejian.sites.ColumnKind;
import org.shejian.sites.Site;
import org.shejian.sites.SiteColumn;
import org.shejian.sites.SiteForm;
import org.shejian.sites.SiteState;
import org.shejian.sites.Sites;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sites and articles for staff, within the signed-in user's scope: administrators set up
 * sites, editors write and submit articles, reviewers approve or return them.
 */
@RestController
@Tag(name = "sites", description = "Websites, their columns and articles, and the review of articles")
class SiteApiController {

	private final Sites sites;

	private final Articles articles;

	SiteApiController(Sites sites, Articles articles) {
		this.sites = sites;
		this.articles = articles;
	}

	/**
	 * A decision on a site or an article: the version it was made on, and a comment or a
	 * target state where one is needed.
	 */
	record Decision(Integer version, String comment, SiteState state) {
	}

	/** A column to add. */
	record ColumnForm(String name, ColumnKind kind, Long parentId) {
	}

	@GetMapping("/api/v1/sites")
	@Operation(summary = "Sites of the caller's subtree, by code")
	List<Site> sites(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "0") int page) {
		return this.sites.sites(actor, Math.min(page, 10_000));
	}

	@GetMapping("/api/v1/sites/{id}")
	Site site(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.sites.site(actor, id);
	}

	@PostMapping("/api/v1/sites")
	@ResponseStatus(HttpStatus.CREATED)
	Site create(@AuthenticationPrincipal Actor actor, @RequestBody SiteForm form) {
		return this.sites.create(actor, form);
	}

	@PostMapping("/api/v1/sites/bulk")
	@Operation(summary = "Create the sites of every village-level unit below a district or street that has none")
	Map<String, Integer> bulk(@AuthenticationPrincipal Actor actor, @RequestParam String unit) {
		return Map.of("created", this.sites.createForVillageUnits(actor, unit));
	}

	@PutMapping("/api/v1/sites/{id}")
	Site update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody SiteForm form) {
		return this.sites.update(actor, id, form);
	}

	@PostMapping("/api/v1/sites/{id}/state")
	Site state(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Decision decision) {
		return this.sites.changeState(actor, id, decision.state(), decision.version());
	}

	@GetMapping("/api/v1/sites/{id}/columns")
	List<SiteColumn> columns(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.sites.columns(this.sites.site(actor, id).id());
	}

	@PostMapping("/api/v1/sites/{id}/columns")
	@ResponseStatus(HttpStatus.CREATED)
	SiteColumn addColumn(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ColumnForm form) {
		return this.sites.addColumn(actor, id, form.name(), form.kind(), form.parentId());
	}

	@GetMapping("/api/v1/site-articles")
	@Operation(summary = "Working copies of a site's articles, newest change first")
	List<Article> articles(@AuthenticationPrincipal Actor actor, @RequestParam long site) {
		return this.articles.ofSite(actor, site);
	}

	@GetMapping("/api/v1/site-articles/review")
	@Operation(summary = "Submitted articles the caller may decide on")
	List<QueuedArticle> reviewQueue(@AuthenticationPrincipal Actor actor) {
		return this.articles.reviewQueue(actor);
	}

	@GetMapping("/api/v1/site-articles/{id}")
	Article article(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.articles.article(actor, id);
	}

	@GetMapping("/api/v1/site-articles/{id}/versions")
	List<ArticleVersion> versions(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.articles.versions(actor, id);
	}

	@GetMapping("/api/v1/site-articles/{id}/diff")
	List<String> diff(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam int from,
			@RequestParam int to) {
		return this.articles.diff(actor, id, from, to);
	}

	@GetMapping("/api/v1/site-articles/{id}/events")
	List<ArticleEvent> events(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.articles.history(actor, id);
	}

	@PostMapping("/api/v1/site-articles")
	@ResponseStatus(HttpStatus.CREATED)
	Article create(@AuthenticationPrincipal Actor actor, @RequestBody ArticleForm form) {
		return this.articles.create(actor, form);
	}

	@PutMapping("/api/v1/site-articles/{id}")
	Article change(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ArticleForm form) {
		return this.articles.change(actor, id, form);
	}

	@PostMapping("/api/v1/site-articles/{id}/submit")
	Article submit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Decision decision) {
		return this.articles.submit(actor, id, decision.version());
	}

	@PostMapping("/api/v1/site-articles/{id}/approve")
	Article approve(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Decision decision) {
		return this.articles.approve(actor, id, decision.version());
	}

	@PostMapping("/api/v1/site-articles/{id}/return")
	Article returnToEditors(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody Decision decision) {
		return this.articles.returnToEditors(actor, id, decision.version(), decision.comment());
	}

	@PostMapping("/api/v1/site-articles/{id}/withdraw")
	Article withdraw(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Decision decision) {
		return this.articles.withdraw(actor, id, decision.version(), decision.comment());
	}

}
