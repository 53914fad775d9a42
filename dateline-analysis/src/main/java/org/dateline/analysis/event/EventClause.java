package org.dateline.analysis.event;

import java.util.List;
import org.dateline.model.BackgroundReason;
import org.dateline.model.EventCount;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Span;

/**
 * One report of an event: a typed trigger read in its own clause, with what that clause says of the event. Reports of
 * one incident are joined into one event by {@link IncidentLinker}.
 *
 * @param typed     the trigger and its kind
 * @param predicate the verb the trigger is told by: itself when a verb, else the verb its phrase depends on, or -1
 * @param parties   who acts and who is acted on, as this clause says
 * @param place     where, as this clause or its sentence says, or null
 * @param date      when, as this clause says, or only bounded by the statement or the publication
 * @param counts    the tolls told with it
 * @param asserted  who asserts it here, the verb of saying, the statement's date
 * @param status    REPORTED, CLAIMED or NOT_VERIFIED, for this report
 * @param reason    why it is not a new event of the article, or null when it is one
 * @param reference whether it only points back to an event told elsewhere ("the attack", "Saturday's attack")
 * @param another   whether it says it is another incident than one told ("a similar attack", "a separate strike")
 * @param shared    whether the clause tells events at several places and this is one of them: what it says is less
 *                  this event's own than what a clause of its own says
 */
record EventClause(EventTyper.Typed typed, int sentence, int predicate, String modality, ActorFinder.Parties parties,
                   EventPlace place, EventDate date, List<EventCount> counts, Asserter.Asserted asserted,
                   String status, BackgroundReason reason, boolean reference, boolean another, boolean shared,
                   Span triggerSpan, int start, int end) {

    EventClause {
        counts = List.copyOf(counts);
    }

    EventKinds.Kind kind() {
        return typed.kind();
    }

    int anchor() {
        return typed.anchor().anchor();
    }

    boolean isNew() {
        return reason == null;
    }

    /** The same report told of another place: a clause naming several places tells one event at each. */
    EventClause at(EventPlace other) {
        return new EventClause(typed, sentence, predicate, modality, parties, other, date, List.of(), asserted, status,
                reason, reference, another, true, triggerSpan, start, end);
    }

    EventClause withReason(BackgroundReason r) {
        return new EventClause(typed, sentence, predicate, modality, parties, place, date, counts, asserted, status, r,
                reference, another, shared, triggerSpan, start, end);
    }
}
