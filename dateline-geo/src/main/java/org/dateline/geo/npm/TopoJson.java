package org.dateline.geo.npm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.dateline.geo.GazetteerFormatException;

/**
 * Reads the polygons of one object of a quantized TopoJSON file such as {@code world-atlas/countries-50m.json}: the
 * arcs are delta-encoded integer positions scaled and translated by the topology's transform; a ring is a list of arc
 * indices, ~i meaning arc i reversed, and consecutive arcs share their joining point.
 */
final class TopoJson {
    /** One geometry of the object: its id (null when it has none), its properties.name (or null), its polygons. */
    record Shape(String id, String name, List<Polygon> polygons) {
    }

    /**
     * A polygon: its outer ring, then its holes. A ring is lon, lat, lon, lat, ... and ends where it starts; its
     * longitudes are continuous, so they may run past 180 or -180.
     */
    record Polygon(List<double[]> rings) {
        /** Planar area in square degrees of the outer ring less the holes. */
        double area() {
            double a = Math.abs(signedArea(rings.get(0)));
            for (int i = 1; i < rings.size(); i++) {
                a -= Math.abs(signedArea(rings.get(i)));
            }
            return a;
        }

        /** The area centroid, holes subtracted, computed in the plane of longitude and latitude; lon in [-180, 180). */
        LatLon centroid() {
            double area = 0;
            double x = 0;
            double y = 0;
            for (int r = 0; r < rings.size(); r++) {
                double[] ring = rings.get(r);
                double ringArea = 0;
                double cx = 0;
                double cy = 0;
                for (int i = 0; i + 3 < ring.length; i += 2) {
                    double cross = ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
                    ringArea += cross;
                    cx += (ring[i] + ring[i + 2]) * cross;
                    cy += (ring[i + 1] + ring[i + 3]) * cross;
                }
                // orient every ring by its role: the outer ring adds, holes subtract, whatever their winding
                double sign = (r == 0) == (ringArea > 0) ? 1 : -1;
                area += sign * ringArea / 2;
                x += sign * cx / 6;
                y += sign * cy / 6;
            }
            double lon = x / area;
            return new LatLon(y / area, lon - 360 * Math.floor((lon + 180) / 360));
        }

        private static double signedArea(double[] ring) {
            double a = 0;
            for (int i = 0; i + 3 < ring.length; i += 2) {
                a += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
            }
            return a / 2;
        }
    }

    private TopoJson() {
    }

    static List<Shape> read(Path file, String object) throws IOException {
        JsonNode root = Json.tree(file);
        JsonNode transform = root.path("transform");
        JsonNode geometries = root.path("objects").path(object).path("geometries");
        if (!transform.path("scale").isArray() || !transform.path("translate").isArray() || !root.path("arcs").isArray()
                || !geometries.isArray()) {
            throw new GazetteerFormatException(file, 0, "not a quantized TopoJSON topology with the object \""
                    + object + "\" (expected transform.scale, transform.translate, arcs and objects." + object
                    + ".geometries)");
        }
        List<double[]> arcs = arcs(root.path("arcs"), transform);
        List<Shape> shapes = new ArrayList<>();
        for (JsonNode g : geometries) {
            List<Polygon> polygons = new ArrayList<>();
            try {
                switch (g.path("type").asText()) {
                    case "Polygon" -> polygons.add(polygon(g.path("arcs"), arcs));
                    case "MultiPolygon" -> {
                        for (JsonNode p : g.path("arcs")) {
                            polygons.add(polygon(p, arcs));
                        }
                    }
                    default -> {
                        continue; // points, lines and null geometries have no area
                    }
                }
            } catch (IndexOutOfBoundsException e) {
                throw new GazetteerFormatException(file, 0, "geometry " + g.path("id").asText("without id")
                        + " has an empty ring or refers to an arc that does not exist (" + e.getMessage() + ")");
            }
            shapes.add(new Shape(g.hasNonNull("id") ? g.get("id").asText() : null,
                    g.path("properties").hasNonNull("name") ? g.path("properties").get("name").asText() : null,
                    List.copyOf(polygons)));
        }
        return shapes;
    }

    private static List<double[]> arcs(JsonNode arcs, JsonNode transform) {
        double sx = transform.path("scale").path(0).asDouble();
        double sy = transform.path("scale").path(1).asDouble();
        double tx = transform.path("translate").path(0).asDouble();
        double ty = transform.path("translate").path(1).asDouble();
        List<double[]> decoded = new ArrayList<>(arcs.size());
        for (JsonNode arc : arcs) {
            double[] points = new double[arc.size() * 2];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[2 * i] = x * sx + tx;
                points[2 * i + 1] = y * sy + ty;
            }
            decoded.add(points);
        }
        return decoded;
    }

    /**
     * The rings of a polygon made continuous in longitude: the coordinates are spherical, so a ring crossing the 180th
     * meridian jumps from 180 to -180; here it goes on past 180 instead, and a ring around a pole (Antarctica) is
     * closed along the pole. Holes are moved by whole turns next to their outer ring.
     */
    private static Polygon polygon(JsonNode rings, List<double[]> arcs) {
        List<double[]> out = new ArrayList<>(rings.size());
        double middle = 0;
        for (JsonNode indices : rings) {
            double[] ring = continuous(ring(indices, arcs));
            if (out.isEmpty()) {
                double min = Double.MAX_VALUE;
                double max = -Double.MAX_VALUE;
                for (int i = 0; i < ring.length; i += 2) {
                    min = Math.min(min, ring[i]);
                    max = Math.max(max, ring[i]);
                }
                middle = (min + max) / 2;
            } else {
                double turn = 360 * Math.round((middle - ring[0]) / 360);
                for (int i = 0; i < ring.length; i += 2) {
                    ring[i] += turn;
                }
            }
            out.add(ring);
        }
        return new Polygon(List.copyOf(out));
    }

    private static double[] continuous(double[] ring) {
        double sumLat = 0;
        for (int i = 2; i < ring.length; i += 2) {
            ring[i] += 360 * Math.round((ring[i - 2] - ring[i]) / 360);
            sumLat += ring[i + 1];
        }
        if (Math.abs(ring[ring.length - 2] - ring[0]) < 180) {
            return ring;
        }
        double pole = sumLat < 0 ? -90 : 90; // the ring went once around: close it along the pole it surrounds
        double[] closed = Arrays.copyOf(ring, ring.length + 6);
        int n = ring.length;
        closed[n] = ring[n - 2];
        closed[n + 1] = pole;
        closed[n + 2] = ring[0];
        closed[n + 3] = pole;
        closed[n + 4] = ring[0];
        closed[n + 5] = ring[1];
        return closed;
    }

    private static double[] ring(JsonNode indices, List<double[]> arcs) {
        int size = 0;
        for (JsonNode i : indices) {
            size += arcs.get(arcIndex(i.asInt())).length;
        }
        double[] ring = new double[size];
        int n = 0;
        for (JsonNode index : indices) {
            int i = index.asInt();
            double[] arc = arcs.get(arcIndex(i));
            int points = arc.length / 2;
            for (int k = n == 0 ? 0 : 1; k < points; k++) { // a following arc starts where the last one ended
                int from = i >= 0 ? k : points - 1 - k;
                ring[n++] = arc[2 * from];
                ring[n++] = arc[2 * from + 1];
            }
        }
        return Arrays.copyOf(ring, n);
    }

    private static int arcIndex(int i) {
        return i >= 0 ? i : ~i;
    }
}
