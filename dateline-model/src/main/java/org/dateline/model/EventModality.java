package org.dateline.model;

import java.util.Locale;

/** Whether an event happened, as its article tells it; {@link Event#modality()} holds the name. */
public enum EventModality {
    /** It happened. */
    ASSERTED,
    /** Announced or intended: "will address", "plans to retake". */
    PLANNED,
    /** Hedged: "a potential assault", "could attack". */
    POSSIBLE,
    /** Denied or said not to have happened: "did not attack". */
    NEGATED;

    /**
     * The modality of a name, in any case.
     *
     * @throws IllegalArgumentException naming the value and the choices when it is none of them
     */
    public static EventModality of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown modality '" + name + "' (ASSERTED, PLANNED, POSSIBLE or NEGATED)");
        }
    }
}
