package org.dateline.model;

/** Great-circle distance; one formula for the resolver, the evaluations and the merging of events. */
public final class Distance {
    /** The mean Earth radius in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0;

    private Distance() {
    }

    /** The haversine distance in kilometres between two points given in degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
