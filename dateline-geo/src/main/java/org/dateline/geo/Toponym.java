package org.dateline.geo;

/**
 * A place name in a text, to be resolved.
 *
 * @param name     the name without articles ("Oskil River", "Luhansk region", "Bilohorivka")
 * @param kind     what the text says the place is: country, region, city, town, village, river, landmark,
 *                 continent, or location when it does not say
 * @param country  the ISO 3166-1 alpha-2 code when the name is a country's name, else null
 * @param near     whether the text places something near, outside or around it rather than in it
 * @param dateline whether it is the article's dateline place
 */
public record Toponym(String name, String kind, String country, int start, int end, boolean near, boolean dateline) {
}
