package org.dateline.eval.record;

import java.util.Objects;

/**
 * A place name of the article that is scored: a country (by its code) or a town or region (by its country and a point).
 *
 * @param kind        {@code country}, {@code town} or {@code region}
 * @param country     ISO 3166-1 alpha-2 code
 * @param lat         latitude, null for a country
 * @param toleranceKm how far a resolved point may lie from the gold one; 0 for a country
 */
public record GoldPlace(String name, String kind, String country, Double lat, Double lon, double toleranceKm) {
    public GoldPlace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
    }

    public boolean isCountry() {
        return kind.equals("country");
    }
}
