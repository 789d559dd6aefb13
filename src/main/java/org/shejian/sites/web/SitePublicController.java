package org.shejian.sites.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.shejian.appraisal.Plaque;
import org.shejian.appraisal.Plaques;
import org.shejian.shared.Hashes;
import org.shejian.sites.Site;
import org.shejian.sites.SiteColumn;
import org.shejian.sites.SitePages;
import org.shejian.sites.SitePages.PublicArticle;
import org.shejian.sites.SiteSearch;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public pages of a site, without sign-in or JavaScript: the home page, a column, an
 * article, search within the site and across all sites, and the site's colours as a style
 * sheet. Each page carries an ETag (a digest of what it shows) and Last-Modified, and
 * answers 304 when the caller has it already.
 */
@Controller
class SitePublicController {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:;"
			+ " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
			+ " frame-ancestors 'none'";

	private final SitePages pages;

	private final SiteSearch search;

	private final Plaques plaques;

	SitePublicController(SitePages pages, SiteSearch search, Plaques plaques) {
		this.pages = pages;
		this.search = search;
		this.plaques = plaques;
	}

	/**
	 * The platform's policy, with images from any https address, which articles may link
	 * besides the site's own library.
	 */
	@ModelAttribute
	void policy(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CSP);
	}

	@GetMapping("/s/{code}")
	String withoutSlash(@PathVariable String code) {
		return "redirect:/s/" + this.pages.live(code).code() + "/";
	}

	@GetMapping("/s/{code}/")
	String home(@PathVariable String code, WebRequest request, Model model) {
		SitePages.Home home = this.pages.home(code);
		List<PublicArticle> shown = new ArrayList<>(home.pinned());
		home.latest().values().forEach(shown::addAll);
		// The plaques the appraisal awarded this site, current and withdrawn; they are
		// part of what the page shows, so of its ETag.
		List<Plaque> plaques = this.plaques.history(home.site().id());
		StringBuilder variant = new StringBuilder("home");
		plaques.forEach((plaque) -> variant.append(';').append(plaque.year()).append(plaque.withdrawnAt()));
		if (notModified(request, home.site(), shown, variant.toString())) {
			return null;
		}
		model.addAttribute("plaques", plaques);
		model.addAttribute("site", home.site());
		model.addAttribute("columns", home.columns());
		model.addAttribute("pinned", home.pinned());
		model.addAttribute("latest", home.latest());
		return "sites/home";
	}

	@GetMapping("/s/{code}/columns/{id}")
	String column(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
			WebRequest request, Model model) {
		Site site = this.pages.live(code);
		SiteColumn column = this.pages.column(site, id);
		List<PublicArticle> articles = this.pages.columnArticles(site, column, page);
		if (notModified(request, site, articles, "column" + id + "/" + page)) {
			return null;
		}
		model.addAttribute("site", site);
		model.addAttribute("columns", this.pages.columns(site));
		model.addAttribute("column", column);
		model.addAttribute("articles", articles);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("more", articles.size() == SitePages.PAGE_SIZE);
		return "sites/column";
	}

	@GetMapping("/s/{code}/articles/{id}")
	String article(@PathVariable String code, @PathVariable long id, WebRequest request, Model model) {
		Site site = this.pages.live(code);
		PublicArticle article = this.pages.article(site, id);
		if (notModified(request, site, List.of(article), "article" + article.body().hashCode())) {
			return null;
		}
		model.addAttribute("site", site);
		model.addAttribute("columns", this.pages.columns(site));
		model.addAttribute("column", this.pages.column(site, article.columnId()));
		model.addAttribute("article", article);
		return "sites/article";
	}

	@GetMapping("/s/{code}/search")
	String searchSite(@PathVariable String code, @RequestParam(required = false) String q, Model model) {
		Site site = this.pages.live(code);
		model.addAttribute("site", site);
		model.addAttribute("columns", this.pages.columns(site));
		model.addAttribute("q", q);
		model.addAttribute("hits", this.search.search(q, site.id(), 0, 20));
		return "sites/search";
	}

	@GetMapping("/sites")
	String directory(@RequestParam(required = false) String unit, Model model) {
		model.addAttribute("directory", this.pages.directory(unit));
		return "sites/directory";
	}

	@GetMapping("/sites/search")
	String searchAll(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("hits", this.search.search(q, null, 0, 20));
		return "sites/search-all";
	}

	/**
	 * The site's colours; they are checked {@code #rrggbb} values, so nothing else can
	 * enter.
	 */
	@GetMapping(path = "/s/{code}/theme.css", produces = "text/css")
	ResponseEntity<String> theme(@PathVariable String code) {
		Site site = this.pages.live(code);
		// Doubled class: outranks the defaults site.css gives .public-site, whatever
		// the order.
		String css = ".public-site.public-site { --site-main: " + site.mainColour() + "; --site-accent: "
				+ site.accentColour() + "; }\n";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.eTag(digest(site.id() + "/" + site.version()))
			.body(css);
	}

	/**
	 * Whether the caller has this page already; sets ETag and Last-Modified either way.
	 */
	static boolean notModified(WebRequest request, Site site, Collection<PublicArticle> shown, String page) {
		StringBuilder key = new StringBuilder(page).append('|').append(site.id()).append('/').append(site.version());
		Instant last = site.updatedAt();
		for (PublicArticle article : shown) {
			key.append('|').append(article.id()).append('@').append(article.since());
			if (article.since() != null && article.since().isAfter(last)) {
				last = article.since();
			}
		}
		return request.checkNotModified(digest(key.toString()), last.toEpochMilli());
	}

	static String digest(String value) {
		return "\"" + Hashes.sha256Hex(value).substring(0, 32) + "\"";
	}

}
