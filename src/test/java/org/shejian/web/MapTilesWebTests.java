package org.shejian.web;

import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The map on GCJ-02 tiles: the page tells its script to ask for every point in GCJ-02,
 * the tiles' host may serve images and nothing else, and the outlines come in GCJ-02.
 */
@TestPropertySource(properties = {
		"shejian.map.tiles.url=https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}",
		"shejian.map.tiles.crs=gcj02", "shejian.map.tiles.subdomains=1234", "shejian.map.tiles.attribution=高德地图" })
class MapTilesWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Test
	void aGcj02TileServerMakesThePageAskForGcj02PointsAndOpensImagesOnlyToItsHost() throws Exception {
		this.mvc.perform(get("/map"))
			.andExpect(content().string(containsString("data-tiles-crs=\"gcj02\"")))
			.andExpect(content().string(containsString("webrd0{s}.is.autonavi.com")))
			.andExpect(content().string(not(containsString("map-plain"))))
			.andExpect(header().string("Content-Security-Policy",
					containsString("img-src 'self' data: https://*.is.autonavi.com")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("script-src 'self' https"))));
		this.mvc.perform(get("/api/v1/map/districts").param("crs", "gcj02"))
			.andExpect(jsonPath("$.features.length()").value(16));
	}

}
