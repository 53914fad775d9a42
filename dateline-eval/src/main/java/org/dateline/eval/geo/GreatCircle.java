package org.dateline.eval.geo;

/** Great-circle distance on a sphere of the Earth's mean radius, by the haversine formula. */
final class GreatCircle {
    static final double EARTH_RADIUS_KM = 6371;

    private GreatCircle() {
    }

    /** Kilometres between two points given in decimal degrees. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double halfDeltaPhi = (phi2 - phi1) / 2;
        double halfDeltaLambda = Math.toRadians(lon2 - lon1) / 2;
        double h = Math.sin(halfDeltaPhi) * Math.sin(halfDeltaPhi)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(halfDeltaLambda) * Math.sin(halfDeltaLambda);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
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
