package org.dateline.eval.geo;

import java.util.Objects;

/**
 * One annotated toponym of a geoparsing gold set.
 *
 * @param start     offset of the first character in the document text
 * @param end       offset after the last character ({@code text.substring(start, end)} is the phrase)
 * @param phrase    the toponym as written
 * @param lat       gold latitude in decimal degrees, or null when the annotation has no coordinates
 * @param lon       gold longitude in decimal degrees, null exactly when {@code lat} is
 * @param type      GeoWebNews: the toponym type of its pragmatic taxonomy ({@code Literal}, {@code Metonymic}, ...);
 *                  LGL and TR-News: the GeoNames feature code of the gazetteer entry ({@code PPL}, {@code ADM2},
 *                  ...); null when there is none
 * @param geonameId the GeoNames id, or null
 */
public record GoldToponym(int start, int end, String phrase, Double lat, Double lon, String type, Long geonameId) {

    public GoldToponym {
        Objects.requireNonNull(phrase, "phrase");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad toponym offsets " + start + ".." + end + " for '" + phrase + "'");
        }
        Coordinates.checkCoordinates(lat, lon, "toponym '" + phrase + "' at " + start);
    }

    public boolean hasCoordinates() {
        return lat != null;
    }

    /** The same span and phrase without coordinates, type or id: what a geoparser may see of the gold. */
    public GoldToponym spanOnly() {
        return new GoldToponym(start, end, phrase, null, null, null, null);
    }
}
