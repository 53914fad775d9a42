package org.dateline.analysis.event;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.EntityIndex;
import org.dateline.model.Assertion;
import org.dateline.model.BackgroundReason;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventCount;
import org.dateline.model.EventDate;
import org.dateline.model.EventMention;
import org.dateline.model.EventPlace;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;

/**
 * Makes one event of an incident's reports: its evidence is the passage from its first report to its last (each
 * listed as a mention), its sentence the report that names its place most precisely (else the first), its type that of its most telling report (a toll or damage yields to the strike that caused it;
 * protest and territory type the incidents they take part in), refined by its parties ({@link KindByParties}); its
 * place, date, actors, counts and assertor gathered from all of them; not verified when the outlet's caveat covers
 * any report or the toll told; background when none of its reports is news.
 */
final class IncidentAssembler {
    /** Evidence at which the typing's confidence reaches 1 - 1/e. */
    private static final double EVIDENCE_SCALE = 2.5;

    private final ActorFinder actors;
    private final EventReading reading;
    private final KindByParties byParties;
    private final EventKinds kinds;

    IncidentAssembler(ActorFinder actors, EventReading reading, KindByParties byParties, EventKinds kinds) {
        this.actors = actors;
        this.reading = reading;
        this.byParties = byParties;
        this.kinds = kinds;
    }

    /** One incident's event: its reports' evidence, and the best of what each says. */
    Event assemble(Analysis a, IncidentLinker.Incident inc, String id) {
        List<EventClause> all = inc.clauses();
        List<EventClause> news = all.stream().filter(EventClause::isNew).toList();
        List<EventClause> pool = news.isEmpty() ? all : news;
        String family = typeFamily(pool);
        EventClause typeGiver = pool.stream().min(Comparator
                .comparing((EventClause c) -> !c.kind().family().equals(family))
                .thenComparing((EventClause c) -> yields(c))
                .thenComparing(c -> -c.typed().score())
                .thenComparing(EventClause::start)).orElseThrow();
        EventClause placeGiver = pool.stream().filter(c -> c.place() != null).min(Comparator
                .comparing((EventClause c) -> c.place().basis().equals("SENTENCE"))
                .thenComparing(c -> c.place().geo() == null)
                .thenComparing(c -> c.place().geoPrecision())
                .thenComparing(c -> EventPlaces.specificity(c.place()))).orElse(null);
        placeGiver = refined(placeGiver, pool);
        EventClause first = pool.get(0);
        EventClause lead = pool.stream().filter(c -> !c.shared()).findFirst().orElse(first);
        EventClause evidence = placeGiver != null && moreSpecific(placeGiver.place(), lead.place()) ? placeGiver
                : lead;
        EventDate date = pool.stream().filter(c -> c.date().basis().equals("TEXT"))
                .min(Comparator.comparing((EventClause c) -> c.date().precision())).map(EventClause::date)
                .orElse(first.date());
        EventClause source = named(evidence.asserted().assertion()) ? evidence
                : pool.stream().filter(c -> named(c.asserted().assertion())).findFirst().orElse(first);
        String status = all.stream().anyMatch(c -> c.status().equals("NOT_VERIFIED")) || tollUnverified(a, all)
                ? "NOT_VERIFIED" : source.status();
        BackgroundReason reason = news.isEmpty() ? all.get(0).reason() : null;
        EventTyper.Typed t = typeGiver.typed();
        EventActor actor1 = actor(pool, all, true);
        EventActor actor2 = actor(pool, all, false);
        EventKinds.Kind kind = byParties.refine(a.parse(), t.kind(), typeGiver.anchor(), actor1, actor2);
        if (byParties.fought(a.parse(), t.kind(), kind, typeGiver.anchor())) {
            actor2 = actor1; // "the army foiled an attack": the army was attacked, the attacker is not named
            actor1 = null;
        }
        if (kind.code().equals("PEACEFUL_PROTEST")) {
            kind = violence(all).map(v -> kinds.of(v.parties().actor1() != null && isPolice(v.parties().actor1())
                    ? "EXCESSIVE_FORCE_AGAINST_PROTESTERS" : "VIOLENT_DEMONSTRATION")).orElse(kind);
        }
        if (actor1 == null && kind.code().equals("ARMED_CLASH")) {
            actor1 = partyInSentences(a, all, Parties.ARMED); // a clash has two armed sides; the first the text names
            if (actor1 != null && actor2 != null && actor1.name().equals(actor2.name())) {
                actor1 = null;
            }
        }
        if (kind.family().equals("PROTEST")) {
            EventActor crowd = crowd(a, all, kind, placeGiver == null ? null : placeGiver.place());
            if (crowd != null && (actor1 == null || !Parties.PROTESTING.contains(actor1.category()))) {
                actor2 = actor1 != null && !actor1.equals(crowd) ? actor1 : actor2;
                actor1 = crowd;
            }
        }
        double confidence = (1 - Math.exp(-t.score() / EVIDENCE_SCALE)) * t.score() / (t.score() + t.runnerUp());
        Sentence s = a.parse().sentences().get(evidence.sentence());
        return new Event(id, kind.type(), kind.subtype(), kind.code(), typeGiver.triggerSpan().of(a.text()),
                typeGiver.triggerSpan(), actor1, actor2,
                placeGiver == null ? null : placeGiver.place(), date, tolls(all, inc.followUps()),
                source.asserted().assertion(), status, first.modality(), reason != null, reason, Math.round(confidence * 1000) / 1000.0,
                Math.min(s.start(), all.stream().mapToInt(EventClause::start).min().orElseThrow()),
                Math.max(s.end(), all.stream().mapToInt(EventClause::end).max().orElseThrow()), s.index(),
                mentions(a, all));
    }
    /**
     * The protesters or rioters of a protest-family event, as ACLED names them: the crowd the reports name as a party,
     * else the first their sentences name, else "Protesters (Country)" or "Rioters (Country)" of the event's place.
     */
    private EventActor crowd(Analysis a, List<EventClause> all, EventKinds.Kind kind, EventPlace place) {
        for (EventClause c : all) {
            for (EventActor x : new EventActor[] {c.parties().actor1(), c.parties().actor2()}) {
                if (x != null && Parties.PROTESTING.contains(x.category())) {
                    return x;
                }
            }
        }
        EventActor named = partyInSentences(a, all, Parties.PROTESTING);
        if (named != null) {
            return named;
        }
        if (place == null || place.geo() == null || place.geo().countryName() == null) {
            return null;
        }
        boolean riot = kind.type().equals("Riots");
        String who = riot ? "Rioters" : "Protesters";
        return new EventActor(who + " (" + place.geo().countryName() + ")", who.toLowerCase(Locale.ROOT),
                null, riot ? "RIOTERS" : "PROTESTERS", place.geo().countryName(), null);
    }
    /** The first party of one of the categories that the sentences of the reports name, or null. */
    private EventActor partyInSentences(Analysis a, List<EventClause> all, Set<String> categories) {
        ParsedText p = a.parse();
        EntityIndex entities = new EntityIndex(a.entities());
        for (int s : all.stream().map(EventClause::sentence).distinct().sorted().toList()) {
            Sentence sentence = p.sentences().get(s);
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                String category = actors.categoryAt(p, i);
                if (category != null && categories.contains(category) && p.token(i).isNoun()
                        && !p.relation(i).equals("compound")) {
                    return actors.party(p, i, entities, null);
                }
            }
        }
        return null;
    }
    /** The first report of violence in the incident ("police opened fire", "protesters torched a van"). */
    private static Optional<EventClause> violence(List<EventClause> all) {
        return all.stream().filter(c -> c.kind().family().equals("VIOLENCE") && c.isNew()).findFirst();
    }
    private static boolean isPolice(EventActor a) {
        return "STATE_FORCES".equals(a.category()) || a.name().toLowerCase(Locale.ROOT).contains("police");
    }
    /**
     * Whether the outlet says it could not verify a toll ("could not verify the death toll") told in a report of the
     * incident before the caveat.
     */
    private static boolean tollUnverified(Analysis a, List<EventClause> all) {
        return a.caveats().stream().anyMatch(cv -> cv.scope().equals("TOLL") && Asserter.isOutlets(cv)
                && all.stream().anyMatch(c -> c.sentence() <= cv.sentence() && c.counts().stream()
                .anyMatch(n -> n.kind().equals("FATALITIES") || n.kind().equals("INJURED"))));
    }
    /** An assertor other than the outlet that the text names (not "unknown speaker"). */
    private static boolean named(Assertion a) {
        return !a.kind().equals("OUTLET") && a.name() != null && !a.name().equals("unknown speaker");
    }
    /**
     * The report whose place says where: a country or region told in the clause gives way to a resolved place inside
     * it that another report of the incident names in its sentence ("attacked a checkpoint in northern Pakistan" and
     * "the post in Zardad Dahri, which is in the Charsadda district").
     */
    private static EventClause refined(EventClause giver, List<EventClause> pool) {
        if (giver == null || giver.place().geo() == null || !giver.place().basis().equals("TEXT")) {
            return giver;
        }
        return pool.stream().filter(c -> c.place() != null && c.place().basis().equals("SENTENCE")
                        && c.place().geo() != null && finer(c.place(), giver.place())
                        && IncidentLinker.holds(giver.place().geo(), c.place().geo()))
                .min(Comparator.comparing((EventClause c) -> c.place().geoPrecision())
                        .thenComparing(c -> EventPlaces.specificity(c.place()))).orElse(giver);
    }

    private static boolean finer(EventPlace a, EventPlace b) {
        return a.geoPrecision() < b.geoPrecision()
                || a.geoPrecision() == b.geoPrecision() && EventPlaces.specificity(a) < EventPlaces.specificity(b);
    }

    /** Whether a place says more precisely where than another (or than none, when told in the clause). */
    private static boolean moreSpecific(EventPlace a, EventPlace b) {
        if (b == null) {
            return !a.basis().equals("SENTENCE");
        }
        return a.geoPrecision() < b.geoPrecision() && !a.basis().equals("SENTENCE");
    }
    /**
     * The family an incident is typed by: violence by or against protesters is part of their protest; a change of
     * who holds a place, told in a sentence of its own, types the battle that brought it ("the army regained
     * Bilohorivka" after "the offensive"), while "clashed and took five positions" stays a clash; otherwise the
     * first report's that is not a movement (troops that "advanced" in a battle type the battle).
     */
    private static String typeFamily(List<EventClause> pool) {
        if (pool.stream().anyMatch(c -> c.kind().family().equals("PROTEST"))) {
            return "PROTEST";
        }
        boolean territoryAlone = pool.stream().anyMatch(c -> c.kind().family().equals("TERRITORY")
                && pool.stream().noneMatch(o -> o.sentence() == c.sentence()
                && o.kind().family().equals("VIOLENCE")));
        return territoryAlone ? "TERRITORY" : pool.stream().map(c -> c.kind().family())
                .filter(f -> !f.equals("MOVEMENT")).findFirst().orElse(pool.get(0).kind().family());
    }
    /** Whether a report's kind yields to the others': a toll ("killed") or damage told of an incident. */
    private boolean yields(EventClause c) {
        return reading.casualty(c.typed().anchor()) || EventTyper.CONSEQUENCES.contains(c.kind().code());
    }
    /** The first actor the new reports name (then any report): never the victims as the one who acted. */
    private static EventActor actor(List<EventClause> pool, List<EventClause> all, boolean first) {
        for (List<EventClause> cs : List.of(pool, all)) {
            for (EventClause c : cs) {
                EventActor x = first ? c.parties().actor1() : c.parties().actor2();
                if (x != null && !(first && ("CIVILIANS".equals(x.category()) || unnamedThing(x)))) {
                    return x;
                }
            }
        }
        return null;
    }
    /** A common noun that names no party ("their house"): a thing the parse took for an actor. */
    private static boolean unnamedThing(EventActor a) {
        return "OTHER".equals(a.category()) && a.entity() == null && !a.text().isEmpty()
                && Character.isLowerCase(a.text().charAt(0)) && !Parties.SPEAKER_PRONOUNS.contains(a.text());
    }
    /** The counts of every report and the tolls told after them, each kind and value once. */
    private static List<EventCount> tolls(List<EventClause> all, List<EventCount> followUps) {
        Map<String, EventCount> out = new LinkedHashMap<>();
        for (EventClause c : all) {
            for (EventCount n : c.counts()) {
                out.putIfAbsent(n.kind() + "\t" + n.value(), n);
            }
        }
        for (EventCount n : followUps) {
            out.putIfAbsent(n.kind() + "\t" + n.value(), n);
        }
        return List.copyOf(out.values());
    }
    private static List<EventMention> mentions(Analysis a, List<EventClause> all) {
        Map<String, EventMention> out = new LinkedHashMap<>();
        for (EventClause c : all) {
            out.putIfAbsent(c.triggerSpan().start() + ":" + c.triggerSpan().end(), new EventMention(
                    c.triggerSpan().of(a.text()), c.triggerSpan(), c.start(), c.end(), c.sentence()));
        }
        return out.values().stream().sorted(Comparator.comparingInt(m -> m.triggerSpan().start())).toList();
    }
}
