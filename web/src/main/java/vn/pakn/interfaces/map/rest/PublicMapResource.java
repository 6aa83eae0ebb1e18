package vn.pakn.interfaces.map.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code GET /api/public/map}: the tile server and the city's centre, from PAKN_MAP_* settings. The default tiles
 * are OpenStreetMap's; a city with its own tile server, or none reachable from the browsers, says so here.
 */
@ApplicationScoped
@Path("/public/map")
@Produces(MediaType.APPLICATION_JSON)
public class PublicMapResource {

    private static final Logger LOG = Logger.getLogger(PublicMapResource.class);
    /** The demo city, Hải Long: a deployment sets its own centre. */
    static final MapSettings DEFAULTS = new MapSettings("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
            "© OpenStreetMap contributors", 20.86, 106.68, 13, 19);

    @Inject
    @ConfigProperty(name = "pakn.map.tiles", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tiles;

    @Inject
    @ConfigProperty(name = "pakn.map.attribution", defaultValue = "© OpenStreetMap contributors")
    String attribution;

    @Inject
    @ConfigProperty(name = "pakn.map.center", defaultValue = "20.86,106.68")
    String center;

    @Inject
    @ConfigProperty(name = "pakn.map.zoom", defaultValue = "13")
    int zoom;

    @Inject
    @ConfigProperty(name = "pakn.map.max-zoom", defaultValue = "19")
    int maxZoom;

    private MapSettings settings;

    /** Read once: a typo is reported at start-up, and the pages get the safe choice instead of an error. */
    @PostConstruct
    void read() {
        settings = MapSettings.parse(tiles, attribution, center, zoom, maxZoom, DEFAULTS);
        if (!settings.hasTiles() && !MapSettings.NO_TILES.equalsIgnoreCase(tiles.strip())) {
            LOG.warn("PAKN2001: PAKN_MAP_TILES is not a tile URL template with {z}, {x} and {y}; maps are drawn without tiles");
        }
        if (MapSettings.point(center) == null) {
            LOG.warn("PAKN2002: PAKN_MAP_CENTER is not \"latitude,longitude\"; maps open at the default centre");
        }
    }

    @GET
    public Response settings() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(settings).cacheControl(cache).build();
    }
}
