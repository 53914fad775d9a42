package org.dateline.model;

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
 * @param confidence   how sure the resolver is of this reading against the others, 0 to 1
 */
public record Geo(Long geonameId, String name, double lat, double lon, String featureClass, String featureCode,
                  String country, String countryName, String admin1, String admin2, int geoPrecision,
                  double confidence) {
}
