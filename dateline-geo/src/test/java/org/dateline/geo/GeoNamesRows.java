package org.dateline.geo;

/** Lines of the GeoNames {@code geoname} table (19 tab-separated columns), for tests to write dump files. */
final class GeoNamesRows {
    private GeoNamesRows() {
    }

    /** One entry; {@code alternates} is the comma-separated alternatenames column. */
    static String row(long id, String name, String alternates, double lat, double lon, String fclass, String fcode,
                      String country, String admin1, long population) {
        return String.join("\t", String.valueOf(id), name, name, alternates, String.valueOf(lat), String.valueOf(lon),
                fclass, fcode, country, "", admin1, "", "", "", String.valueOf(population), "", "0", "", "2024-01-01");
    }
}
