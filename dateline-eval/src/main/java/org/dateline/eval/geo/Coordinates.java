package org.dateline.eval.geo;

/** Coordinates as the gold sets and geoparsers give them. */
final class Coordinates {
    private Coordinates() {
    }

    /** Checks that latitude and longitude are both given or both absent, and within range; says which is wrong. */
    static void checkCoordinates(Double lat, Double lon, String what) {
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException(what + ": latitude and longitude must be given together (lat " + lat
                    + ", lon " + lon + ")");
        }
        if (lat != null && !(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException(what + ": coordinates out of range (lat " + lat + ", lon " + lon + ")");
        }
    }
}
