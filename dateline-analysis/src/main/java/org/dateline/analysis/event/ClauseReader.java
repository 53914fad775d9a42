package org.dateline.analysis.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.EntityIndex;
import org.dateline.analysis.lang.Countries;
import org.dateline.model.Assertion;
import org.dateline.model.BackgroundReason;
import org.dateline.model.Claim;
import org.dateline.model.EventActor;
import org.dateline.model.EventCount;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;
import org.dateline.model.parse.Tags;

/**
 * Reads a typed trigger in its clause ({@link EventClause}): its parties, place, date, tolls, assertor and status,
 * and whether it is a new event of the article ({@link EventReading}, and the learned {@link NewnessModel} as the
 * {@link Newness} policy says). Some readings make no report at all: protesters marching and gunmen fleeing are
 * told by the protest or the attack, "foiled an attack" by the attack, "to regain control" of a situation changes
 * no territory. A clause naming several coordinated places reports one event at each.
 */
final class ClauseReader {
    /** Parties whose movement is no troop movement nor change to a group. */
    private static final Set<String> MOVERS_NOT = Set.of("PROTESTERS", "RIOTERS", "CIVILIANS");
    /** Kinds of strike from afar, whose weapons ("rocket", "missile", "drone") are named also when nothing happened. */
    private static final Set<String> REMOTE = Set.of("SHELLING", "AIR_DRONE_STRIKE");

    private final Countries countries;
    private final ActorFinder actors;
    private final EventPlaces places;
    private final EventDater dater = new EventDater();
    private final EventCounts counts = new EventCounts();
    private final Modality modality;
    private final Asserter asserter = new Asserter();
    private final EventReading reading;
    private final KindByParties byParties;
    private final EventContext context;
    private final NewnessModel newnessModel;
    private final Newness policy;

    ClauseReader(Countries countries, ActorFinder actors, EventPlaces places, Modality modality, EventReading reading,
                 KindByParties byParties, EventContext context, NewnessModel newnessModel, Newness policy) {
        this.countries = countries;
        this.actors = actors;
        this.places = places;
        this.modality = modality;
        this.reading = reading;
        this.byParties = byParties;
        this.context = context;
        this.newnessModel = newnessModel;
        this.policy = policy;
    }

    /**
     * The clauses of a sentence, those told inside the clause of a background verb made background too: "the
     * rebels have been fighting since 2020 to seize the province" tells no new seizure. A clause with a date of its
     * own keeps its reading.
     */
    static List<EventClause> governed(ParsedText p, List<EventClause> own) {
        List<EventClause> out = new ArrayList<>();
        for (EventClause c : own) {
            EventClause governor = null;
            for (EventClause b : own) {
                if (b != c && !b.isNew() && b.reason() != BackgroundReason.STATEMENT && b.anchor() == b.predicate()
                        && b.anchor() != c.predicate() && dominates(p, b.anchor(), c.anchor())) {
                    governor = b;
                }
            }
            out.add(c.isNew() && governor != null && !c.date().basis().equals("TEXT")
                    ? c.withReason(governor.reason()) : c);
        }
        return out;
    }
    /** Whether the trigger noun is the title before a person's name ("protester Davis Tafari"). */
    private static boolean titleOfAName(ParsedText p, int anchor) {
        int head = p.head(anchor);
        return p.token(anchor).isNoun() && !p.token(anchor).isProperNoun() && head > anchor
                && p.relation(anchor).equals("compound") && p.token(head).isProperNoun()
                && Tags.PERSON.equals(p.token(head).ner());
    }

    /** Whether {@code token} lies under {@code ancestor} in the dependency tree. */
    static boolean dominates(ParsedText p, int ancestor, int token) {
        for (int t = token, hop = 0; t >= 0 && hop < 12; t = p.head(t), hop++) {
            if (t == ancestor) {
                return true;
            }
        }
        return false;
    }
    /** The report a typed trigger makes in its clause; one per place when the clause names several. */
    List<EventClause> read(Analysis a, EntityIndex entities, Sentence s, EventTyper.Typed t,
                           List<int[]> otherClauses, boolean conflict, Map<Integer, NewnessModel.Reading> readings) {
        ParsedText p = a.parse();
        int anchor = t.anchor().anchor();
        if (titleOfAName(p, anchor)) {
            return List.of(); // "protester Davis Tafari told Reuters": a person, not a protest
        }
        Asserter.Asserted asserted = asserter.assertor(a, p.token(anchor).start(), entities);
        String assertorCountry = assertorCountry(asserted.assertion(), entities);
        ActorFinder.Parties parties = speakerAsActor(actors.find(p, t.anchor(), t.kind().family(), entities,
                assertorCountry), asserted.assertion(), assertorCountry, entities);
        String mover = category(parties.actor1());
        boolean displacement = t.kind().code().equals("DISPLACEMENT");
        if (MOVERS_NOT.contains(mover) && t.kind().family().equals("MOVEMENT") && !displacement
                || Parties.ARMED.contains(mover) && displacement) {
            return List.of(); // protesters marching, gunmen fleeing: told by the protest or the attack
        }
        if (t.familyScore() < EventExtractor.MIN_EVIDENCE && !party(parties.actor1()) && !party(parties.actor2())) {
            return List.of(); // one weak trigger with no party to it: "Ukraine's needs are met"
        }
        if (REMOTE.contains(t.kind().code()) && idleWeapon(p, s, anchor)) {
            return List.of(); // "an unmanned Delta rocket blasted off", "talks on medium-range missiles"
        }
        if (byParties.foilsAnAssault(p, t.kind(), anchor)) {
            return List.of(); // "foiled an attack on a camp": the attack is the event, told by its own trigger
        }
        int[] actorRange = parties.actorToken() < 0 ? null : actorRange(p, parties.actorToken(), anchor);
        int cue = asserted.cue() == null ? -1 : p.tokenAt(asserted.cue().start());
        EventDate date = dater.date(p, t.anchor(), a.times(), cue, asserted.statementDate());
        String mode = modality.of(p, anchor);
        int predicate = EventReading.predicate(p, anchor);
        List<EventCount> tolls = counts.counts(p, anchor, a.numbers());
        EventPlace place = places.place(p, anchor, actorRange, sourceRange(a, asserted), a.places(), otherClauses);
        if (t.kind().family().equals("TERRITORY") && p.token(anchor).isVerb() && place == null
                && !territoryNamed(p, anchor)) {
            return List.of(); // "to regain control" of a situation, "seized 251 people": no territory changes hands
        }
        BackgroundReason reason = reading.reason(p, t.anchor(), predicate, mode, date, tolls, a.times(), place,
                conflict && t.kind().recorded());
        if (policy != Newness.RULES) {
            NewnessModel.Reading r = readings.computeIfAbsent(s.index(),
                    i -> newnessModel.read(a.text().substring(s.start(), s.end())));
            reason = policy.decide(reason, r, mode, conflict && t.kind().recorded());
        }
        boolean reference = reading.reference(p, anchor, predicate, tolls,
                place != null && !place.basis().equals("SENTENCE")) || reading.toldOfByStatement(p, anchor);
        Span trigger = new Span(p.token(t.anchor().first()).start(), p.token(t.anchor().end() - 1).end());
        String status = Asserter.status(asserted.assertion(), t.kind().family(), s.index(), a.caveats());
        EventClause c = new EventClause(t, s.index(), predicate, mode, parties, place, date, tolls, asserted, status,
                reason, reference, reading.another(p, anchor), false, trigger, s.start(), s.end());
        if (c.isNew()) {
            List<EventPlace> several = places.clausePlaces(p, anchor, actorRange, a.places());
            if (several.size() > 1) {
                return several.stream().map(c::at).toList();
            }
        }
        return List.of(c);
    }
    /**
     * Whether the trigger's clause says what changed hands: its object ("two oil fields", "control of the area"; not a
     * bare "control" of a situation), or, with no object or a bare "control", a piece of territory in its clause ("fell
     * to the rebels": "the town"; "took control of most of the city").
     */
    private boolean territoryNamed(ParsedText p, int anchor) {
        int object = p.child(anchor, "obj");
        if (object < 0 || context.has("HOLD", p, object, object + 1) && p.child(object, "nmod") < 0) {
            int[] clause = EventPlaces.clause(p, anchor);
            for (int i = clause[0]; i <= clause[1]; i++) {
                if (context.has("TERRITORY", p, i, i + 1)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }
    /**
     * Whether the trigger is a weapon ("rocket", "missiles"; not the act, "shelling") in a sentence with no verb of
     * its use: a weapon named is no attack unless something was fired, hit or hurt.
     */
    private boolean idleWeapon(ParsedText p, Sentence s, int anchor) {
        if (!p.token(anchor).isNoun() || p.token(anchor).text().toLowerCase(Locale.ROOT).endsWith("ing")
                || !context.has("WEAPON", p, anchor, anchor + 1)) {
            return false;
        }
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if ((p.token(i).isVerb() || Tags.isParticle(p.token(i).pos())) && context.has("HIT", p, i, i + 1)) {
                return false;
            }
        }
        return true;
    }

    /** The tokens of the phrase that names who says the event happened, or null. */
    private static int[] sourceRange(Analysis a, Asserter.Asserted asserted) {
        String via = asserted.assertion().via();
        if (via == null) {
            return null;
        }
        Span source = a.claims().stream().filter(c -> via.equals(c.id()) && c.sourceSpan() != null)
                .map(Claim::sourceSpan).findFirst()
                .orElseGet(() -> a.quotes().stream().filter(q -> via.equals(q.id()) && q.speakerSpan() != null)
                        .map(Quote::speakerSpan).findFirst().orElse(null));
        if (source == null) {
            return null;
        }
        ParsedText p = a.parse();
        return new int[] {p.tokenAt(source.start()), p.tokenAt(Math.max(source.start(), source.end() - 1))};
    }

    /** Whether an actor names a party: an entity, or a noun of a party ("troops", "people"), not a thing. */
    /**
     * The tokens of the acting party's phrase, without the event's own phrase when the parser hung it on the party
     * ("killed in Ukrainian shelling of the village of Nikolskoye": the village is the event's, not Ukraine's): the
     * party's words run up to the anchor.
     */
    static int[] actorRange(ParsedText p, int actor, int anchor) {
        int[] range = p.subtree(actor);
        if (anchor < range[0] || anchor > range[1]) {
            return range;
        }
        return actor < anchor ? new int[] {range[0], anchor - 1} : new int[] {anchor + 1, range[1]};
    }

    private static boolean party(EventActor a) {
        return a != null && (a.entity() != null || !"OTHER".equals(a.category()));
    }

    private static String category(EventActor a) {
        return a == null ? "" : a.category();
    }
    /**
     * A pronoun acting in reported speech is the speaker: "Hezbollah said it fired rockets", "'we repelled them', the
     * army said".
     */
    private static ActorFinder.Parties speakerAsActor(ActorFinder.Parties parties, Assertion assertion,
                                                      String country, EntityIndex entities) {
        EventActor a = parties.actor1();
        if (a == null || assertion.kind().equals("OUTLET") || assertion.name() == null
                || !Parties.SPEAKER_PRONOUNS.contains(a.text().toLowerCase(Locale.ROOT))) {
            return parties;
        }
        var e = assertion.entity() == null ? null : entities.byId(assertion.entity());
        String category = e == null ? "OTHER" : switch (e.type()) {
            case "PERSON" -> "PERSON";
            case "COUNTRY" -> "COUNTRY";
            default -> "ORGANIZATION";
        };
        return new ActorFinder.Parties(new EventActor(assertion.name(), a.text(), assertion.entity(), category,
                country, a.span()), parties.actor2(), parties.actorToken());
    }
    /** The country of the asserting party: its entity's, or a country named in its name ("Ukraine's army"). */
    private String assertorCountry(Assertion assertion, EntityIndex entities) {
        if (assertion.entity() != null) {
            var e = entities.byId(assertion.entity());
            if (e != null && (e.type().equals("COUNTRY") || e.affiliation() != null)) {
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
