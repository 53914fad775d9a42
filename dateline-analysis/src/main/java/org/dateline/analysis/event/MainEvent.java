package org.dateline.analysis.event;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dateline.model.BackgroundReason;
import org.dateline.model.Event;

/**
 * The event an article is about: news before background, what happened before what is planned or hedged, the
 * lead before later paragraphs, and within those the best-typed. An article that comes back to a kind of event in
 * several sentences is about that kind: each further event of the kind adds part of its claim to the best one's.
 */
public final class MainEvent {
    /** What each later sentence costs an event's claim to be the main one. */
    private static final double PER_SENTENCE = 0.08;
    private static final double BACKGROUND = 0.5;
    private static final double NOT_ASSERTED = 0.25;
    /** The share of its claim that another event of the same kind lends the best one. */
    private static final double SAME_KIND = 0.5;

    private MainEvent() {
    }

    public static Optional<Event> of(List<Event> events) {
        return events.stream().max(Comparator.comparingDouble(e -> salience(e) + SAME_KIND * events.stream()
                .filter(o -> o != e && o.code().equals(e.code()) && salience(o) <= salience(e))
                .mapToDouble(o -> Math.max(0, salience(o))).sum()));
    }

    /**
     * What makes an event the one an article is about: its typing, its place in the article, and whether it happened
     * then. An event recalled from earlier ranks lower; one that is context of the record for another reason (a tally,
     * a statement, a kind outside the record) is still what the text is about.
     */
    static double salience(Event e) {
        return e.confidence() - PER_SENTENCE * e.sentence()
                - (e.backgroundReason() == BackgroundReason.RECALLED ? BACKGROUND : 0)
                - (e.modality().equals("ASSERTED") ? 0 : NOT_ASSERTED);
    }

    /** The CASE 2021 Task 2 label of an event's kind. */
    public static String case2021Label(Event e) {
        return EventKinds.english().of(e.code()).case2021();
    }
}
