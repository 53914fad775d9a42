package org.dateline.store;

/**
 * A place as the stored articles resolved it.
 *
 * @param name     the resolved name ("Izyum")
 * @param country  ISO 3166-1 alpha-2 code, or null
 * @param lat      latitude
 * @param lon      longitude
 * @param mentions how many place mentions were resolved to it
 */
public record CorpusPlace(String name, String country, double lat, double lon, int mentions) {
}
