package vn.pakn.interfaces.map.rest;

import java.util.Locale;

/**
 * What the pages need to draw the city's map: a tile URL template (or none, for networks that reach no tile
 * server — the pin still works on a blank map), its attribution, and the centre and zoom a new map opens at.
 *
 * @param tiles       Leaflet URL template with {z}, {x} and {y}, or {@code null} when no tiles are drawn
 * @param attribution shown in the map's corner, as the tile licence requires (OpenStreetMap's does)
 */
public record MapSettings(String tiles, String attribution, double centerLatitude, double centerLongitude, int zoom,
                          int maxZoom) {

    public static final String NO_TILES = "none";

    /**
     * Reads the settings as an administrator wrote them; a value that cannot be right is replaced by the safe
     * choice (no tiles, or the default centre), so a typo in one variable never takes the portal's form down.
     */
    public static MapSettings parse(String tiles, String attribution, String center, int zoom, int maxZoom,
                                    MapSettings fallback) {
        String template = usableTemplate(tiles) ? tiles.strip() : null;
        double[] point = point(center);
        double lat = point == null ? fallback.centerLatitude() : point[0];
        double lon = point == null ? fallback.centerLongitude() : point[1];
        int max = Math.max(1, Math.min(maxZoom, 22));
        return new MapSettings(template, template == null ? null : attribution, lat, lon, Math.max(1, Math.min(zoom, max)), max);
    }

    /** Whether the template is a tile URL Leaflet can fill in: http(s) or same-site path, with the three placeholders. */
    static boolean usableTemplate(String tiles) {
        if (tiles == null || tiles.isBlank() || NO_TILES.equals(tiles.strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String t = tiles.strip();
        boolean scheme = t.startsWith("https://") || t.startsWith("http://") || t.startsWith("/");
        return scheme && t.contains("{z}") && t.contains("{x}") && t.contains("{y}") && t.chars().noneMatch(Character::isWhitespace);
    }

    /** "lat,lon" in decimal degrees, or null when it is not a point on Earth. */
    static double[] point(String center) {
        if (center == null) {
            return null;
        }
        String[] parts = center.split(",");
        if (parts.length != 2) {
            return null;
        }
        try {
            double lat = Double.parseDouble(parts[0].strip());
            double lon = Double.parseDouble(parts[1].strip());
            return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? new double[] {lat, lon} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean hasTiles() {
        return tiles != null;
    }
}
