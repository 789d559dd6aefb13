package org.shejian.sites.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.shejian.sites.Site;
import org.shejian.sites.SitePages;
import org.shejian.sites.SitePages.PublicArticle;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The feeds of the website cluster: each site's notices as RSS 2.0, and one sitemap of
 * every live site and its visible articles. Written with StAX, which escapes every text.
 */
@RestController
class SiteFeedController {

	static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final SitePages pages;

	SiteFeedController(SitePages pages) {
		this.pages = pages;
	}

	@GetMapping("/s/{code}/rss.xml")
	ResponseEntity<String> rss(@PathVariable String code) throws XMLStreamException {
		Site site = this.pages.live(code);
		List<PublicArticle> notices = this.pages.notices(site);
		String base = base() + site.path();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("rss");
		xml.writeAttribute("version", "2.0");
		xml.writeStartElement("channel");
		element(xml, "title", site.title());
		element(xml, "link", base);
		element(xml, "description", site.title());
		for (PublicArticle notice : notices) {
			String link = base + "articles/" + notice.id();
			xml.writeStartElement("item");
			element(xml, "title", notice.title());
			element(xml, "link", link);
			element(xml, "guid", link);
			if (notice.since() != null) {
				element(xml, "pubDate",
						DateTimeFormatter.RFC_1123_DATE_TIME.format(notice.since().atOffset(ZoneOffset.UTC)));
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(RSS).body(out.toString());
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		String base = base();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		Map<Long, Site> sites = new HashMap<>();
		for (Site site : this.pages.liveSites()) {
			sites.put(site.id(), site);
			url(xml, base + site.path(), null);
		}
		this.pages.forEachVisible((article) -> {
			Site site = sites.get(article.siteId());
			if (site != null) {
				url(xml, base + site.path() + "articles/" + article.id(), article);
			}
		});
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(XML).body(out.toString());
	}

	/**
	 * Where crawlers may go: everywhere public, not the console, the API (but for the
	 * published catalogue as DCAT-AP) or the sign-in; the sitemap named.
	 */
	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = "User-agent: *\nAllow: /api/v1/catalogue/dcat\nDisallow: /console/\nDisallow: /api/\nDisallow: /login\nSitemap: "
				+ base() + "/sitemap.xml\n";
		return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(robots);
	}

	private static void url(XMLStreamWriter xml, String location, PublicArticle article) {
		try {
			xml.writeStartElement("url");
			element(xml, "loc", location);
			if (article != null && article.since() != null) {
				element(xml, "lastmod",
						DateTimeFormatter.ISO_LOCAL_DATE.format(article.since().atOffset(ZoneOffset.UTC)));
			}
			xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(xmlSafe(text));
		xml.writeEndElement();
	}

	/** Characters XML 1.0 cannot carry become U+FFFD. */
	static String xmlSafe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
			safe.appendCodePoint(allowed ? c : 0xFFFD);
		});
		return safe.toString();
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
