package vn.pakn.interfaces.map.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MapSettingsTest {

    private static final MapSettings FALLBACK = PublicMapResource.DEFAULTS;

    @Test
    void aWellFormedSettingIsTakenAsWritten() {
        var s = MapSettings.parse(" https://tiles.example.vn/{z}/{x}/{y}.png ", "© Sở TN&MT", "10.776, 106.700", 12, 18, FALLBACK);

        assertThat(s.tiles()).isEqualTo("https://tiles.example.vn/{z}/{x}/{y}.png");
        assertThat(s.attribution()).isEqualTo("© Sở TN&MT");
        assertThat(s.centerLatitude()).isEqualTo(10.776);
        assertThat(s.centerLongitude()).isEqualTo(106.700);
        assertThat(s.zoom()).isEqualTo(12);
        assertThat(s.maxZoom()).isEqualTo(18);
    }

    @Test
    void aTileServerOnTheSameSiteIsAllowed() {
        assertThat(MapSettings.usableTemplate("/tiles/{z}/{x}/{y}.png")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "NONE", "", "   ", "https://tiles.example.vn/tile.png", "ftp://x/{z}/{x}/{y}",
            "javascript:alert(1)//{z}{x}{y}", "https://a b/{z}/{x}/{y}.png"})
    void anythingButATileTemplateMeansNoTilesAndNoAttribution(String tiles) {
        var s = MapSettings.parse(tiles, "© OpenStreetMap contributors", "21.0,105.8", 13, 19, FALLBACK);

        assertThat(s.hasTiles()).isFalse();
        assertThat(s.tiles()).isNull();
        assertThat(s.attribution()).isNull();
        assertThat(s.centerLatitude()).isEqualTo(21.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "21.0", "21.0;105.8", "north,east", "91,105", "21,181", "21,105,3"})
    void aCentreThatIsNotAPointOnEarthFallsBackToTheDefault(String center) {
        var s = MapSettings.parse("none", null, center, 13, 19, FALLBACK);

        assertThat(s.centerLatitude()).isEqualTo(FALLBACK.centerLatitude());
        assertThat(s.centerLongitude()).isEqualTo(FALLBACK.centerLongitude());
    }

    @Test
    void zoomIsKeptWithinWhatTileServersServe() {
        var s = MapSettings.parse("none", null, "21,105", 40, 30, FALLBACK);

        assertThat(s.maxZoom()).isEqualTo(22);
        assertThat(s.zoom()).isEqualTo(22);
        assertThat(MapSettings.parse("none", null, "21,105", 0, 19, FALLBACK).zoom()).isEqualTo(1);
    }
}
