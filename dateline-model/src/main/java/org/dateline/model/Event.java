package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * One event the article reports or recalls: what happened (typed in ACLED's taxonomy, or one of the kinds news needs
 * and ACLED lacks), who did it to whom, where, when, how many, and according to whom.
 *
 * @param type       ACLED event type ("Strategic developments"), or the news kind's family for the extra kinds
 * @param subtype    ACLED sub-event type ("Government regains territory") or the extra kind ("Call for referendum")
 * @param code       Dateline's stable code for the sub-type ("GOV_REGAINS_TERRITORY")
 * @param trigger    the word or phrase that denotes the event, as written ("regained")
 * @param actor1     who acts, or null
 * @param actor2     whom or what they act on, or null
 * @param place      where, or null; never a metonymic mention
 * @param date       when, with ACLED's time precision
 * @param counts     fatalities, bodies, people detained, displaced ...
 * @param assertor   who says it happened: the outlet itself, a party, an official or an unnamed source
 * @param status     REPORTED (as fact by the outlet), CLAIMED (by a party or a source), NOT_VERIFIED (the outlet
 *                   says it could not verify it)
 * @param modality   ASSERTED (it happened), PLANNED (announced or intended: "will address"), POSSIBLE ("a potential
 *                   assault") or NEGATED ("did not attack")
 * @param background true when it is not a new event of the article (see {@code backgroundReason}): maps, lists and
 *                   exports leave it out unless asked
 * @param backgroundReason why it is background, or null for a new event; a reason makes the event background, and
 *                   a background event without one (written before reasons were given) was RECALLED
 * @param confidence how sure the typing is, in [0, 1]
 * @param start      start of the evidence: the passage from its first report's sentence to its last one's
 * @param sentence   the sentence of its most telling report (the one that names its place most precisely)
 * @param mentions   every report of the event in the article, in text order (the evidence sentence among them)
 */
public record Event(String id, String type, String subtype, String code, String trigger, Span triggerSpan,
                    EventActor actor1, EventActor actor2, EventPlace place, EventDate date, List<EventCount> counts,
                    Assertion assertor, String status, String modality, boolean background,
                    BackgroundReason backgroundReason, double confidence, int start, int end, int sentence,
                    List<EventMention> mentions) implements Evidence {

    public Event {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(assertor, "assertor");
        counts = List.copyOf(counts);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        if (backgroundReason != null) {
            background = true;
        } else if (background) {
            backgroundReason = BackgroundReason.RECALLED; // what background meant in records written before the reason
        }
    }
}
