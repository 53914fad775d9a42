package org.dateline.analysis.event;

import java.util.ArrayList;
import java.util.List;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.EntityIndex;
import org.dateline.analysis.Stage;
import org.dateline.analysis.lang.Countries;
import org.dateline.model.Assertion;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;

/**
 * Typed events with their arguments, their assertor and their verification status. Runs after the entities,
 * places, times, quotes, claims, numbers and caveats it reads.
 */
public final class EventExtractor implements Stage {
    /** Evidence at which the typing's confidence reaches 1 - 1/e. */
    private static final double EVIDENCE_SCALE = 2.5;
    /** Less evidence than this (a lone "move", "meet") makes no event in an article's record. */
    static final double MIN_EVIDENCE = 1.5;

    private final Countries countries;
    private final EventTyper typer;
    private final ActorFinder actors;
    private final EventPlaces places = new EventPlaces();
    private final EventDater dater = new EventDater();
    private final EventCounts counts = new EventCounts();
    private final Modality modality = new Modality();
    private final Asserter asserter = new Asserter();
    private final EventContext context;

    public EventExtractor(Countries countries) {
        this.countries = countries;
        this.typer = new EventTyper(EventKinds.english());
        this.actors = new ActorFinder(countries);
        this.context = new EventContext(actors, countries);
    }

    @Override
    public Analysis apply(Analysis a) {
        ParsedText p = a.parse();
        EntityIndex entities = new EntityIndex(a.entities());
        boolean[] channel = channelTokens(p, a.quotes());
        List<Event> events = new ArrayList<>();
        for (Sentence s : p.sentences()) {
            for (EventTyper.Typed t : typer.type(p, s, i -> modality.of(p, i), i -> channel[i])) {
                if (t.score() >= MIN_EVIDENCE && context.allows(p, s, t.kind().code(), entities)) {
                    events.add(event(a, entities, s, t, "ev" + (events.size() + 1)));
                }
            }
        }
        return a.withEvents(events);
    }

    /** The tokens that name a quote's channel ("a televised address"): no event is triggered there. */
    private static boolean[] channelTokens(ParsedText p, List<Quote> quotes) {
        boolean[] channel = new boolean[p.tokens().size()];
        for (Quote q : quotes) {
            if (q.channelSpan() != null) {
                for (int i = p.tokenAt(q.channelSpan().start()); i < channel.length
                        && p.token(i).start() < q.channelSpan().end(); i++) {
                    channel[i] = true;
                }
            }
        }
        return channel;
    }

    private Event event(Analysis a, EntityIndex entities, Sentence s, EventTyper.Typed t, String id) {
        ParsedText p = a.parse();
        int anchor = t.anchor().anchor();
        Asserter.Asserted asserted = asserter.assertor(a, p.token(anchor).start(), entities);
        Assertion assertion = asserted.assertion();
        String assertorCountry = assertorCountry(assertion, entities);
        ActorFinder.Parties parties = actors.find(p, t.anchor(), t.kind().family(), entities, assertorCountry);
        EventActor actor1 = parties.actor1();
        int[] actorRange = parties.actorToken() < 0 ? null : p.subtree(parties.actorToken());
        int cue = asserted.cue() == null ? -1 : p.tokenAt(asserted.cue().start());
        EventDate date = dater.date(p, t.anchor(), a.times(), cue, asserted.statementDate());
        String mode = modality.of(p, anchor);
        boolean background = modality.background(p, anchor, date);
        EventPlace place = places.place(p, anchor, actorRange, a.places(),
                mode.equals("ASSERTED") && !background);
        Span trigger = new Span(p.token(t.anchor().first()).start(), p.token(t.anchor().end() - 1).end());
        double confidence = (1 - Math.exp(-t.score() / EVIDENCE_SCALE)) * t.score() / (t.score() + t.runnerUp());
        String status = Asserter.status(assertion, t.kind().family(), s.index(), a.caveats());
        return new Event(id, t.kind().type(), t.kind().subtype(), t.kind().code(), trigger.of(a.text()), trigger,
                actor1, parties.actor2(), place, date, counts.counts(p, anchor, a.numbers()), assertion, status, mode,
                background, Math.round(confidence * 1000) / 1000.0, s.start(), s.end(), s.index());
    }

    /** The country of the asserting party: its entity's, or a country named in its name ("Ukraine's army"). */
    private String assertorCountry(Assertion assertion, EntityIndex entities) {
        if (assertion.entity() != null) {
            var e = entities.byId(assertion.entity());
            if (e != null) {
                return e.type().equals("COUNTRY") ? e.name() : e.affiliation();
            }
        }
        if (assertion.name() == null) {
            return null;
        }
        for (String word : assertion.name().split("'s\\b|[^\\p{L}]+")) {
            var c = countries.byName(word).or(() -> countries.byDemonym(word));
            if (!word.isEmpty() && c.isPresent()) {
                return c.get().name();
            }
        }
        return null;
    }
}
