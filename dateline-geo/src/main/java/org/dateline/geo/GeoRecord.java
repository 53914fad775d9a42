package org.dateline.geo;

/**
 * One gazetteer entry, as read from a GeoNames dump or a GeoNames-derived package.
 *
 * @param id           the GeoNames id; negative for entries a source gives without one (synthetic, stable per build)
 * @param name         the preferred name ("Bilohorivka")
 * @param asciiName    the name in ASCII, or null when the source has none
 * @param lat          latitude in degrees
 * @param lon          longitude in degrees
 * @param featureClass GeoNames feature class: A (country, region), P (populated place), H (water), T, L, S, V, R, U
 * @param featureCode  GeoNames feature code (PPL, PPLA, PPLC, ADM1, ADM2, PCLI, STM, ...)
 * @param country      ISO 3166-1 alpha-2 code, or empty
 * @param admin1       the GeoNames admin1 code within the country ("09"), or empty
 * @param admin2       the GeoNames admin2 code within admin1, or empty
 * @param population   population, 0 when unknown
 */
public record GeoRecord(long id, String name, String asciiName, double lat, double lon, String featureClass,
                        String featureCode, String country, String admin1, String admin2, long population) {
}
