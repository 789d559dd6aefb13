package org.shejian.sites.web;

import java.nio.charset.StandardCharsets;

import org.shejian.sites.Site;
import org.shejian.sites.SiteFile;
import org.shejian.sites.SitePages;
import org.shejian.sites.SiteUploads;
import org.shejian.sites.SiteUploads.StoredFile;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

/**
 * The files of a live site's library, by address. PNG, JPEG, GIF and WebP images are
 * shown inline under the type detected from their content; everything else is a download
 * under its original name. Whatever the type, the browser is told not to guess another
 * one, and the file may load nothing and run nothing.
 */
@Controller
class SiteFilePublicController {

	static final String POLICY = "default-src 'none'; sandbox";

	private final SitePages pages;

	private final SiteUploads uploads;

	SiteFilePublicController(SitePages pages, SiteUploads uploads) {
		this.pages = pages;
		this.uploads = uploads;
	}

	@GetMapping("/s/{code}/files/{id}")
	ResponseEntity<Resource> file(@PathVariable String code, @PathVariable long id) {
		Site site = this.pages.live(code);
		StoredFile stored = this.uploads.published(site, id);
		SiteFile file = stored.file();
		boolean inline = file.showsInline();
		return ResponseEntity.ok()
			.contentType(inline ? MediaType.parseMediaType(file.mediaType()) : downloadType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(inline, file.originalName()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", POLICY)
			.cacheControl(CacheControl.noCache())
			.eTag("\"" + file.sha256() + "\"")
			.body(new FileSystemResource(stored.path()));
	}

	/** The stored type; a type that does not parse is sent as plain bytes. */
	private static MediaType downloadType(String mediaType) {
		try {
			return MediaType.parseMediaType(mediaType);
		}
		catch (IllegalArgumentException malformed) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	/**
	 * The disposition with the name in RFC 5987 form (UTF-8, Chinese intact) and a plain
	 * ASCII fallback for old clients.
	 */
	static String disposition(boolean inline, String name) {
		StringBuilder fallback = new StringBuilder();
		name.codePoints()
			.forEach((c) -> fallback.appendCodePoint((c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? c : '_'));
		return (inline ? "inline" : "attachment") + "; filename=\"" + fallback + "\"; filename*=UTF-8''"
				+ UriUtils.encode(name, StandardCharsets.UTF_8);
	}

}
