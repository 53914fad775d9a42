package org.dateline.geo.npm;

import java.util.List;

/**
 * Where an area is put. Measured against GeoNames' own points for the ADM1, ADM2 and PCLI gold toponyms of the LGL
 * corpus (see NpmGeoNamesRealDataTest), the centre of the towns' bounding box came nearest for first- and
 * second-level areas (ahead of their mean, population-weighted mean, median and seat), and the area centroid of the
 * largest polygon for countries.
 */
final class AreaPoint {
    private AreaPoint() {
    }

    /**
     * The centre of the towns' bounding box, of which there is at least one. The box is taken across the 180th
     * meridian when it is narrower that way (Fiji, Chukotka, Russia as a whole).
     */
    static LatLon ofTowns(List<City> towns) {
        double minLat = 90;
        double maxLat = -90;
        double minLon = 180;
        double maxLon = -180;
        double minEast = 360; // the box's edges when longitudes west of 0 are taken as 180 to 360 east
        double maxEast = 0;
        for (City c : towns) {
            minLat = Math.min(minLat, c.lat());
            maxLat = Math.max(maxLat, c.lat());
            minLon = Math.min(minLon, c.lon());
            maxLon = Math.max(maxLon, c.lon());
            double east = c.lon() < 0 ? c.lon() + 360 : c.lon();
            minEast = Math.min(minEast, east);
            maxEast = Math.max(maxEast, east);
        }
        double lon = maxEast - minEast < maxLon - minLon ? (minEast + maxEast) / 2 : (minLon + maxLon) / 2;
        return new LatLon((minLat + maxLat) / 2, lon > 180 ? lon - 360 : lon);
    }

    /** The area centroid of the largest polygon (by area in square degrees). */
    static LatLon ofShape(List<TopoJson.Polygon> polygons) {
        TopoJson.Polygon largest = polygons.get(0);
        for (TopoJson.Polygon p : polygons) {
            if (p.area() > largest.area()) {
                largest = p;
            }
        }
        return largest.centroid();
    }
}
