package org.dateline.model;

import java.util.List;

/**
 * Where a place mention was resolved to; filled by the geoparser.
 *
 * @param geonameId    the GeoNames id, or null for an entry the gazetteer holds without one (an administrative area
 *                     whose point was computed from its towns)
 * @param country      ISO 3166-1 alpha-2 code
 * @param countryName  the country's English name
 * @param admin1       the first-level administrative area's name ("Luhansk"), or null
 * @param admin2       the second-level area's name, or null
 * @param geoPrecision ACLED's geo-precision: 1 a named town, 2 part of a region or near a town, 3 a region, a
 *                     province capital standing for its province, or a natural feature
 * @param confidence   the estimated probability that this is the place meant (calibrated: of readings given 0.8,
 *                     about 80% are right), 0 to 1; readings below the resolver's threshold are not given
 * @param match        how the name matched the entry; null in records written before it was kept
 * @param context      what in the article decided the reading, strongest first; empty when nothing but the name
 *                     (and records written before it was kept)
 */
public record Geo(Long geonameId, String name, double lat, double lon, String featureClass, String featureCode,
                  String country, String countryName, String admin1, String admin2, int geoPrecision,
                  double confidence, NameMatch match, List<GeoContext> context) {

    public Geo {
        context = context == null ? List.of() : List.copyOf(context);
    }

    /** A resolution without the record of why (tests, synthetic data): matched by name, no context kept. */
    public Geo(Long geonameId, String name, double lat, double lon, String featureClass, String featureCode,
               String country, String countryName, String admin1, String admin2, int geoPrecision,
               double confidence) {
        this(geonameId, name, lat, lon, featureClass, featureCode, country, countryName, admin1, admin2, geoPrecision,
                confidence, NameMatch.NAME, List.of());
    }
}
