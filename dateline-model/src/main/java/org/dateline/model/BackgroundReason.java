package org.dateline.model;

/** Why an event the article tells is not one of its new events, and so no record of its own by default. */
public enum BackgroundReason {
    /** Recalled as context: dated well before the report, or a participle naming an earlier change ("the recaptured town"). */
    RECALLED,
    /** A toll or tally over a war, a year or several weeks: "thousands have been killed since the start of the war". */
    AGGREGATE,
    /** A habit or a kind of event rather than an occurrence: "forces often come under fire", "Russian attacks". */
    GENERIC,
    /** Planned, possible or negated (see the event's modality): it did not, or not yet, happen. */
    NOT_ASSERTED,
    /** A definite mention of an event the article does not otherwise tell: "condemned the attack". */
    REFERENCE,
    /** A statement about events rather than an event: a condemnation, an appeal, an accusation, a claim of responsibility. */
    STATEMENT,
    /** A kind of event outside the conflict record (a disaster, crime, sport or business), or an article not about conflict. */
    OUT_OF_SCOPE
}
