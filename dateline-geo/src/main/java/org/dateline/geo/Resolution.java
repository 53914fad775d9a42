package org.dateline.geo;

/**
 * The gazetteer entry a toponym was resolved to.
 *
 * @param precision  ACLED's geo-precision: 1 a named town, 2 near a town or part of a region, 3 a region or a
 *                   natural feature
 * @param confidence the chosen reading's share of the evidence against the other readings, 0 to 1
 */
public record Resolution(GeoRecord place, Gazetteer.Areas areas, int precision, double confidence) {
}
