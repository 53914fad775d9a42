package org.dateline.model;

/**
 * Where an event happened.
 *
 * @param place        id of the place mention, or null when the place comes from the dateline
 * @param name         the place's name ("Bilohorivka")
 * @param geo          its resolution, or null while unresolved
 * @param geoPrecision ACLED's geo-precision: 1 the place itself, 2 near it or a part of it, 3 a larger area
 * @param basis        TEXT (named with the event), NEAR ("near Izium"), SENTENCE (named elsewhere in the sentence)
 *                     or DATELINE (only the place of reporting is known)
 */
public record EventPlace(String place, String name, Geo geo, int geoPrecision, String basis) {
}
