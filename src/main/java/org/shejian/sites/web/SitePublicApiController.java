package org.shejian.sites.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.sites.Site;
import org.shejian.sites.SitePages;
import org.shejian.sites.SitePages.PublicArticle;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published articles of a live site as JSON, without sign-in: only what the public
 * pages show.
 */
@RestController
@Tag(name = "site-pages", description = "Published articles of live sites")
class SitePublicApiController {

	private final SitePages pages;

	SitePublicApiController(SitePages pages) {
		this.pages = pages;
	}

	@GetMapping("/api/v1/sites/{code}/articles")
	@Operation(summary = "The latest visible articles of a live site, newest first")
	List<PublicArticle> articles(@PathVariable String code, @RequestParam(defaultValue = "0") int page) {
		Site site = this.pages.live(code);
		return this.pages.latest(site, page);
	}

	@GetMapping("/api/v1/sites/{code}/articles/{id}")
	@Operation(summary = "One visible article of a live site")
	PublicArticle article(@PathVariable String code, @PathVariable long id) {
		return this.pages.article(this.pages.live(code), id);
	}

}
