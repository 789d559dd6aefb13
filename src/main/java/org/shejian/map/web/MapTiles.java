package org.shejian.map.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.shejian.shared.geo.CoordinateSystem;
import org.shejian.shared.web.ImageSources;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tile server the public map draws on. Without one ({@code url} blank, the default)
 * the map draws the district outlines on a plain background. Points are always asked for
 * in the tiles' system, so that they sit where the tiles show them.
 *
 * @param url a Leaflet tile URL template
 * ({@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}), http or https; blank for none
 * @param crs the system the tiles are drawn in: {@code wgs84}, {@code gcj02} or
 * {@code bd09}
 * @param attribution the credit the tile provider asks for (trusted HTML, as Leaflet
 * shows it)
 * @param subdomains the letters or digits that replace {@code {s}} in the URL
 * @param maxZoom the deepest zoom level the tiles offer, 1 to 22
 */
@ConfigurationProperties("shejian.map.tiles")
record MapTiles(@DefaultValue("") String url, @DefaultValue("wgs84") String crs, @DefaultValue("") String attribution,
		@DefaultValue("") String subdomains, @DefaultValue("18") int maxZoom) implements ImageSources {

	private static final Pattern HOST = Pattern.compile("(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?");

	MapTiles {
		url = (url != null) ? url.strip() : "";
		if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
			throw new IllegalArgumentException("shejian.map.tiles.url must start with http:// or https://");
		}
		crs = CoordinateSystem.parse(crs).name().toLowerCase(Locale.ROOT);
		if (maxZoom < 1 || maxZoom > 22) {
			throw new IllegalArgumentException("shejian.map.tiles.max-zoom must be 1 to 22");
		}
	}

	/** Whether a tile server is configured. */
	public boolean configured() {
		return !this.url.isEmpty();
	}

	/** The system points are drawn in: the tiles', or WGS-84 when there are none. */
	public CoordinateSystem system() {
		return configured() ? CoordinateSystem.parse(this.crs) : CoordinateSystem.WGS84;
	}

	/** The name of {@link #system()} as the map API reads it. */
	public String pointCrs() {
		return system().name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The tiles' origin for the {@code img-src} of the policy: the scheme and host of the
	 * URL, a first label with a placeholder ({@code webrd0{s}.is.autonavi.com}) widened
	 * to a wildcard ({@code *.is.autonavi.com}).
	 */
	@Override
	public List<String> imageOrigins() {
		if (!configured()) {
			return List.of();
		}
		String scheme = this.url.substring(0, this.url.indexOf("://"));
		String rest = this.url.substring(scheme.length() + 3);
		int end = rest.indexOf('/');
		String authority = (end >= 0) ? rest.substring(0, end) : rest;
		String host = authority.replaceFirst("^[^.]*\\{[^.]*\\}[^.]*\\.", "*.");
		if (!HOST.matcher(host).matches()) {
			throw new IllegalArgumentException("shejian.map.tiles.url has no usable host: " + this.url);
		}
		return List.of(scheme + "://" + host);
	}

}
