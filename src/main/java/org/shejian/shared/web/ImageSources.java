package org.shejian.shared.web;

import java.util.List;

/**
 * Origins outside the platform that pages load images from (the map's tiles, for
 * example); the security configuration adds them to the {@code img-src} of the content
 * security policy, and to nothing else.
 */
public interface ImageSources {

	/**
	 * Origins as the policy writes them ({@code https://tile.openstreetmap.org},
	 * {@code https://*.example.com}); empty when none are needed.
	 */
	List<String> imageOrigins();

}
