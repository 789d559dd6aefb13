package org.shejian.map.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The addresses the map pages and the content security policy take from data and
 * settings.
 */
class MapPageLinksTests {

	@Test
	void onlyAbsoluteWebAddressesBecomeLinks() {
		assertThat(MapPageController.webLink("https://banshi.example.org/a?b=1"))
			.isEqualTo("https://banshi.example.org/a?b=1");
		assertThat(MapPageController.webLink("javascript:alert(1)")).isNull();
		assertThat(MapPageController.webLink("//evil.example.org/x")).isNull();
		assertThat(MapPageController.webLink("data:text/html,x")).isNull();
		assertThat(MapPageController.webLink(" ")).isNull();
	}

	@Test
	void theTileHostIsTheOnlyImageOriginAdded() {
		assertThat(tiles("").imageOrigins()).isEmpty();
		assertThat(tiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png").imageOrigins())
			.isEqualTo(List.of("https://tile.openstreetmap.org"));
		assertThat(tiles("https://webrd0{s}.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}").imageOrigins())
			.isEqualTo(List.of("https://*.is.autonavi.com"));
		assertThat(tiles("http://t{s}.tianditu.gov.cn:8080/vec_w/wmts?tk=k").imageOrigins())
			.isEqualTo(List.of("http://*.tianditu.gov.cn:8080"));
	}

	@Test
	void aTileAddressThatIsNotOnTheWebIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> tiles("javascript:alert(1)"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> tiles("https://x.org;script-src 'unsafe-inline'/{z}").imageOrigins());
	}

	@Test
	void pointsAreAskedForInTheTilesSystemOrWgs84WithoutTiles() {
		assertThat(tiles("").pointCrs()).isEqualTo("wgs84");
		assertThat(new MapTiles("https://a.org/{z}/{x}/{y}.png", "GCJ-02", "", "", 18).pointCrs()).isEqualTo("gcj02");
	}

	private static MapTiles tiles(String url) {
		return new MapTiles(url, "wgs84", "", "", 18);
	}

}
