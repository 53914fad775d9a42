package org.dateline.eval.record;

/** What the records evaluation counts, per article and in all. */
enum Count {
    /** Required gold events. */
    REQUIRED,
    /** Required events matched by an event of the right type family. */
    FAMILY_RIGHT,
    /** Required events matched with the right sub-type. */
    SUBTYPE_RIGHT,
    /** Required events matched by any event. */
    MATCHED,
    /** Required events whose match has the right family, place (when the gold has one) and date. */
    WHOLE_RECORD,
    /** Required events with gold coordinates. */
    LOCATED,
    PLACE_RIGHT,
    DATE_RIGHT,
    ACTOR1_RIGHT,
    /** Required events with a gold death toll above 0, and those given it. */
    FATALITIES_GIVEN,
    FATALITIES_RIGHT,
    /** Required events where the gold says nobody died, and those not given a toll. */
    NO_FATALITIES_GIVEN,
    NO_FATALITIES_RIGHT,
    ASSERTOR_RIGHT,
    /** Required events the outlet could not verify, and those flagged NOT_VERIFIED. */
    NOT_VERIFIED_GIVEN,
    NOT_VERIFIED_RIGHT,
    /** Matched gold events (required or optional) that the article does not caveat but the system flags. */
    NOT_VERIFIED_WRONG,
    /** Required events no event matched, and those among them that only a background event carried. */
    MISSED,
    MISSED_AS_BACKGROUND,
    /** The system's records (non-background events) and what each became. */
    EVENTS,
    ACCEPTED,
    MISTYPED,
    DUPLICATE,
    FALSE,
    /** False records in articles that report no event at all (not about conflict). */
    FALSE_IN_EVENTLESS,
    /** The system's background events: not scored. */
    BACKGROUND,
    QUOTES,
    QUOTES_FOUND,
    SPEAKERS_RIGHT,
    PLACES,
    PLACES_FOUND,
    PLACES_RIGHT,
    /** Place mentions the system resolved, and those it put in a country the annotation never places a name in. */
    RESOLVED_MENTIONS,
    WRONG_COUNTRY,
    /** Of those, mentions of a place in it rather than of the country itself (or a continent). */
    WRONG_COUNTRY_PLACE
}
