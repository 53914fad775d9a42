package org.dateline.model;

/**
 * How a place mention's name matched the gazetteer entry it was resolved to, from the most to the least trusted.
 * {@link #APPROXIMATE} matches are admitted only near the article's other places or in the countries it names.
 */
public enum NameMatch {
    /** The entry's own name, folded (case, diacritics and apostrophes aside): "Izium" for Izium. */
    NAME,
    /** One of the entry's alternate names: "Kharkov" for Kharkiv, "Gaza City" for Gaza. */
    ALTERNATE_NAME,
    /** An area's name without its kind word: "Borno" for Borno State, "Belgorod region" for Belgorod Oblast. */
    AREA_NAME,
    /** A renaming, exonym or press name of the rules file: "Artemivsk" for Bakhmut. */
    ALIAS,
    /** Another romanisation of one of the entry's names: "Georgievka" for Heorhiivka, "El Fasher" for Al Fashir. */
    TRANSLITERATION,
    /** A similar name (the same consonants): "Shejaiya" for Ash Shujā‘īyah. */
    APPROXIMATE,
    /** No entry of the name lies in the area the text puts the place in: placed at that area ("a village in X"). */
    CONTAINING_AREA
}
