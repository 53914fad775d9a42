package org.dateline.analysis.event;

import java.util.Set;

/** The categories of parties the event layer reasons with, and the pronouns a speaker acts as. */
final class Parties {
    /** Armed parties: their flight is no displacement, and a clash has two of them. */
    static final Set<String> ARMED = Set.of("STATE_FORCES", "REBELS", "MILITIA", "EXTERNAL");
    /** The crowd of a protest or a riot. */
    static final Set<String> PROTESTING = Set.of("PROTESTERS", "RIOTERS");
    /** Pronouns that, acting in reported speech, are the speaker ("Hezbollah said it fired rockets"). */
    static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "we", "i");

    private Parties() {
    }
}
