package org.dateline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The offline map's place names by zoom level, from the gazetteer: capitals first, then cities, then towns as the
 * user zooms in. A tile of the map (Web Mercator {@code z/x/y}, 256 pixels a side) is cut into cells of
 * {@value #CELL_PIXELS} pixels, and each cell shows at most its most important place among those big enough for the
 * zoom ({@link #minPopulation}): capitals, then seats of first-level areas and cities, by population. So names never
 * crowd, whatever the density of places. Immutable and thread-safe once made; a tile takes microseconds.
 */
final class PlaceLabels {
    /** A tile is cut into square cells of this many pixels; each shows one name at most. */
    static final int CELL_PIXELS = 64;
    static final int TILE_PIXELS = 256;
    /** The deepest zoom level served; deeper tiles show the names of this level. */
    static final int MAX_ZOOM = 18;
    private static final double MAX_LAT = 85.0511287798;
    /** Buckets of one degree: 360 columns by 180 rows. */
    private final List<List<PlaceLabel>> buckets;
    private final int size;

    /** How a place ranks on the map. */
    enum Kind {
        /** A country's capital (GeoNames PPLC). */
        CAPITAL,
        /** A seat of a first-level area (PPLA) or a place of 100,000 people or more. */
        CITY,
        /** Any other populated place. */
        TOWN;

        static Kind of(String featureCode, long population) {
            if ("PPLC".equals(featureCode)) {
                return CAPITAL;
            }
            return "PPLA".equals(featureCode) || population >= 100_000 ? CITY : TOWN;
        }
    }

    /**
     * A name on the map.
     *
     * @param name       the place's name
     * @param lat        latitude
     * @param lon        longitude
     * @param kind       how it ranks
     * @param population its population, 0 when unknown
     * @param country    ISO 3166-1 alpha-2 code, or empty
     */
    record PlaceLabel(String name, double lat, double lon, Kind kind, long population, String country) {
        PlaceLabel {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
                throw new IllegalArgumentException("a label's point must be on the globe, got " + lat + ", " + lon);
            }
        }
    }

    /** Labels first, in the order a cell prefers them: capitals, then cities, then towns, most populous first. */
    static final Comparator<PlaceLabel> IMPORTANCE = Comparator.comparing(PlaceLabel::kind)
            .thenComparing(Comparator.comparingLong(PlaceLabel::population).reversed())
            .thenComparing(PlaceLabel::name);

    PlaceLabels(List<PlaceLabel> labels) {
        List<List<PlaceLabel>> b = new ArrayList<>(360 * 180);
        for (int i = 0; i < 360 * 180; i++) {
            b.add(new ArrayList<>());
        }
        for (PlaceLabel l : labels) {
            b.get(bucket(l.lat(), l.lon())).add(l);
        }
        for (int i = 0; i < b.size(); i++) {
            List<PlaceLabel> list = b.get(i);
            list.sort(IMPORTANCE);
            b.set(i, List.copyOf(list));
        }
        this.buckets = List.copyOf(b);
        this.size = labels.size();
    }

    static PlaceLabels empty() {
        return new PlaceLabels(List.of());
    }

    /** How many places it holds. */
    int size() {
        return size;
    }

    /** The smallest town named at a zoom level: the deeper the zoom, the smaller the towns. */
    static long minPopulation(int zoom) {
        if (zoom <= 3) {
            return Long.MAX_VALUE; // capitals only
        }
        return switch (zoom) {
            case 4 -> 2_000_000;
            case 5 -> 500_000;
            case 6 -> 150_000;
            case 7 -> 40_000;
            case 8 -> 15_000;
            case 9 -> 5_000;
            case 10 -> 2_000;
            default -> 0;
        };
    }

    /** Whether a place is named at a zoom level: capitals always, cities from zoom 5, other places by population. */
    static boolean shown(PlaceLabel l, int zoom) {
        return switch (l.kind()) {
            case CAPITAL -> true;
            case CITY -> zoom >= 5 || l.population() >= minPopulation(zoom);
            case TOWN -> l.population() >= minPopulation(zoom);
        };
    }

    /**
     * The names of tile {@code z/x/y}: in each cell the most important place shown at that zoom, most important
     * first.
     *
     * @throws IllegalArgumentException for a tile that does not exist
     */
    List<PlaceLabel> tile(int z, int x, int y) {
        if (z < 0 || z > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom must be from 0 to " + MAX_ZOOM + ", got " + z);
        }
        int n = 1 << z;
        if (x < 0 || x >= n || y < 0 || y >= n) {
            throw new IllegalArgumentException("tile " + z + "/" + x + "/" + y + " does not exist: x and y must be"
                    + " from 0 to " + (n - 1));
        }
        double west = lon(x, n);
        double east = lon(x + 1, n);
        double north = lat(y, n);
        double south = lat(y + 1, n);
        int cells = TILE_PIXELS / CELL_PIXELS;
        PlaceLabel[] best = new PlaceLabel[cells * cells];
        double worldPixels = (double) n * TILE_PIXELS;
        for (int row = (int) Math.floor(south); row <= (int) Math.min(89, Math.floor(north)); row++) {
            for (int col = (int) Math.floor(west); col <= (int) Math.min(179, Math.floor(east)); col++) {
                for (PlaceLabel l : buckets.get((row + 90) * 360 + (col + 180))) {
                    if (l.kind() == Kind.TOWN && l.population() < minPopulation(z)) {
                        break; // towns come last, most populous first: the rest are smaller still
                    }
                    if (!shown(l, z) || l.lat() > north || l.lat() <= south || l.lon() < west || l.lon() >= east) {
                        continue;
                    }
                    double px = (l.lon() + 180) / 360 * worldPixels - (double) x * TILE_PIXELS;
                    double py = mercatorY(l.lat()) * worldPixels - (double) y * TILE_PIXELS;
                    int cx = Math.min(cells - 1, Math.max(0, (int) (px / CELL_PIXELS)));
                    int cy = Math.min(cells - 1, Math.max(0, (int) (py / CELL_PIXELS)));
                    int cell = cy * cells + cx;
                    if (best[cell] == null || IMPORTANCE.compare(l, best[cell]) < 0) {
                        best[cell] = l;
                    }
                }
            }
        }
        List<PlaceLabel> out = new ArrayList<>();
        for (PlaceLabel l : best) {
            if (l != null) {
                out.add(l);
            }
        }
        out.sort(IMPORTANCE);
        return out;
    }

    private static int bucket(double lat, double lon) {
        int row = (int) Math.min(179, Math.floor(lat + 90));
        int col = (int) Math.min(359, Math.floor(lon + 180));
        return row * 360 + col;
    }

    private static double lon(int x, int n) {
        return (double) x / n * 360 - 180;
    }

    private static double lat(int y, int n) {
        double k = Math.PI - 2 * Math.PI * y / n;
        return Math.toDegrees(Math.atan(Math.sinh(k)));
    }

    /** The Web Mercator y of a latitude, 0 at the top of the world and 1 at the bottom. */
    private static double mercatorY(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double r = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
    }
}
