package org.dateline.eval.geo;

import java.util.Objects;

/**
 * One toponym found by a {@link Geoparser}.
 *
 * @param start offset of the first character in the document text
 * @param end   offset after the last character
 * @param name  the place it was resolved to, or the phrase itself when unresolved
 * @param lat   latitude in decimal degrees, or null when the toponym was recognised but not resolved
 * @param lon   longitude in decimal degrees, null exactly when {@code lat} is
 */
public record PredictedToponym(int start, int end, String name, Double lat, Double lon) {

    public PredictedToponym {
        Objects.requireNonNull(name, "name");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad toponym offsets " + start + ".." + end + " for '" + name + "'");
        }
        Coordinates.checkCoordinates(lat, lon, "predicted toponym '" + name + "' at " + start);
    }

    public boolean resolved() {
        return lat != null;
    }
}
