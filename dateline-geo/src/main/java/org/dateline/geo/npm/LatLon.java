package org.dateline.geo.npm;

import org.dateline.model.Distance;

/** A point in degrees. */
record LatLon(double lat, double lon) {
    /** Great-circle distance in kilometres. */
    double km(double otherLat, double otherLon) {
        return Distance.km(lat, lon, otherLat, otherLon);
    }
}
