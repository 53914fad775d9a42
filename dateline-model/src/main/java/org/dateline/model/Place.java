package org.dateline.model;

/**
 * One place mention.
 *
 * @param name       the place's name without articles and kind words ("Oskil" for "the Oskil River" is not used:
 *                   the name keeps the kind word when it is part of the name, "Oskil River")
 * @param text       the mention as written
 * @param kind       country, region, city, town, village, river, landmark, continent or location
 * @param role       LOCATION for a place as such, METONYM when the name stands for its government or people
 *                   ("Kyiv seeks more arms"), DATELINE for the place of reporting, MODIFIER for a place name that
 *                   opens an organisation's name ("the Ohio Supreme Court"); only LOCATION and DATELINE say where
 *                   something happened
 * @param geo        resolution to a gazetteer entry, or null while unresolved
 */
public record Place(String id, String name, String text, String kind, String role, Geo geo, int start, int end,
                    int sentence) implements Evidence {
}
