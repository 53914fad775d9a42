package org.dateline.geo.npm;

/**
 * A populated place as the npm packages give it, before it becomes a {@link org.dateline.geo.GeoRecord}.
 *
 * @param id          the GeoNames id, or a synthetic negative one
 * @param featureCode GeoNames feature code (PPL, PPLA, PPLC, ...)
 * @param population  0 when unknown
 */
record City(long id, String name, String country, String admin1, String admin2, String featureCode,
            long population, double lat, double lon) {
}
