package org.dateline.model;

/** What in the article decided a place's reading, besides its name ({@link Geo#context()}). */
public enum GeoContext {
    /** The kind the text gives the place: "the Oskil River", "Kharkiv region", "the village of X". */
    STATED_KIND,
    /** An area named beside it that contains it: "the Luhansk village of X", "X, Ill.", "X in the Y region". */
    AREA_BESIDE,
    /** An area named elsewhere in its sentence that contains it. */
    AREA_IN_SENTENCE,
    /** A place the text puts it near: "the village of X near Lyman". */
    NEAR_PLACE,
    /** The article's dateline. */
    DATELINE,
    /** A country the article names, by name, demonym, dateline or the places it resolves there. */
    ARTICLE_COUNTRY,
    /** Closeness to the article's other places. */
    NEARBY_PLACES,
    /** The same place named in full elsewhere in the article ("Barrow County" for "Barrow"). */
    FULLER_NAME,
    /** No context: the most populous or most important reading of the name. */
    PROMINENCE
}
