package org.dateline.model;

/** Where a place mention was resolved to; filled by the geoparser. */
public record Geo(long geonameId, String name, double lat, double lon, String featureClass, String featureCode,
                  String country, String admin1, String admin2, int geoPrecision, double confidence) {
}
