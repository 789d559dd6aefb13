package org.shejian.sites;

import java.time.Instant;
import java.util.Set;

/**
 * A file in a site's library.
 *
 * @param id its id
 * @param siteId the site it belongs to
 * @param kind image or attachment
 * @param originalName the uploader's file name (its last segment), offered on download
 * @param mediaType the media type detected from its content, never from its name
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its content, hexadecimal
 * @param width its width in pixels, {@code null} for an attachment
 * @param height its height in pixels, {@code null} for an attachment
 * @param uploadedBy the account that uploaded it
 * @param uploadedAt when it was uploaded
 */
public record SiteFile(long id, long siteId, SiteFileKind kind, String originalName, String mediaType, long size,
		String sha256, Integer width, Integer height, long uploadedBy, Instant uploadedAt) {

	private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

	/**
	 * Whether a browser may show it inline: only the raster images PNG, JPEG, GIF and
	 * WebP, never HTML, SVG or anything else that could run in our origin.
	 */
	public boolean showsInline() {
		return INLINE.contains(this.mediaType);
	}

	/** The public address of the file on the site with the given code. */
	public String path(String siteCode) {
		return "/s/" + siteCode + "/files/" + this.id;
	}

}
