package org.dateline.analysis.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.EntityIndex;
import org.dateline.analysis.Stage;
import org.dateline.analysis.lang.Countries;
import org.dateline.model.Assertion;
import org.dateline.model.BackgroundReason;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventCount;
import org.dateline.model.EventDate;
import org.dateline.model.EventMention;
import org.dateline.model.EventPlace;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;

/**
 * Typed events with their arguments, their assertor and their verification status, one per real-world incident of
 * the article. Each typed trigger is read in its clause ({@link EventClause}: its actors, place, date, counts,
 * assertor, and whether it is a new event or background, {@link EventReading}); a clause naming several places
 * tells one event at each; the reports of one incident are then joined ({@link IncidentLinker}) and each incident
 * becomes one event with every report as its evidence, its type from its most telling report (a toll or damage
 * yields to the strike that caused it), and its place, date, actors and counts gathered from all of them. Runs
 * after the entities, places, times, quotes, claims, numbers and caveats it reads.
 */
public final class EventExtractor implements Stage {
    /** Evidence at which the typing's confidence reaches 1 - 1/e. */
    private static final double EVIDENCE_SCALE = 2.5;
    /** Less evidence for its family than this (a lone "move", "meet") makes no event in an article's record. */
    static final double MIN_EVIDENCE = 1.5;
    /** In an article about conflict, one trigger is enough ("one person was killed in the village"). */
    static final double MIN_EVIDENCE_IN_CONFLICT = 1.0;
    /** A trigger this strong of violence or protest ("shelling", "riot") makes an article one about conflict. */
    private static final double CONFLICT_TRIGGER = 2.5;
    private static final Set<String> CONFLICT_FAMILIES = Set.of("VIOLENCE", "PROTEST", "TERRITORY");
    private static final Set<String> CONFLICT_ACTORS = Set.of("STATE_FORCES", "REBELS", "MILITIA", "EXTERNAL",
            "PROTESTERS", "RIOTERS");
    /** Parties whose movement is no troop movement nor change to a group. */
    private static final Set<String> MOVERS_NOT = Set.of("PROTESTERS", "RIOTERS", "CIVILIANS");
    private static final Set<String> PROTESTING = Set.of("PROTESTERS", "RIOTERS");
    /** Parties whose flight is no displacement of people: armed men who "fled" after an attack retreat. */
    private static final Set<String> ARMED = Set.of("STATE_FORCES", "REBELS", "MILITIA", "EXTERNAL");
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "we", "i");

    private final Countries countries;
    private final EventTyper typer;
    private final ActorFinder actors;
    private final EventPlaces places = new EventPlaces();
    private final EventDater dater = new EventDater();
    private final EventCounts counts = new EventCounts();
    private final Modality modality = new Modality();
    private final Asserter asserter = new Asserter();
    private final EventReading reading = new EventReading();
    private final IncidentLinker linker = new IncidentLinker();
    private final EventKinds kinds = EventKinds.english();
    private final KindByParties byParties = new KindByParties(kinds);
    private final EventContext context;
    private final NewnessModel newnessModel;
    private final Newness policy;

    /** The rules alone decide what is news. */
    public EventExtractor(Countries countries) {
        this(countries, null, Newness.RULES);
    }

    /**
     * @param model  the learned reading of sentences, or null (then {@code policy} must be RULES)
     * @param policy how the rules and the model decide what is news
     */
    public EventExtractor(Countries countries, NewnessModel model, Newness policy) {
        if (model == null && policy != Newness.RULES) {
            throw new IllegalArgumentException("newness " + policy + " needs the newness model");
        }
        this.newnessModel = model;
        this.policy = policy;
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
        List<List<EventTyper.Typed>> typed = new ArrayList<>();
        for (Sentence s : p.sentences()) {
            typed.add(typer.type(p, s, i -> modality.of(p, i) + "|" + reading.relatedBy(p, i), i -> channel[i],
                    code -> context.allowsTrigger(p, s, code, entities)).stream()
                    .filter(t -> t.familyScore() >= MIN_EVIDENCE_IN_CONFLICT
                            && context.allows(p, s, t.kind().code(), entities))
                    .toList());
        }
        boolean conflict = aboutConflict(p, typed);
        double least = conflict ? MIN_EVIDENCE_IN_CONFLICT : MIN_EVIDENCE;
        typed.replaceAll(ts -> ts.stream().filter(t -> t.familyScore() >= least).toList());
        List<EventClause> clauses = new ArrayList<>();
        Map<Integer, NewnessModel.Reading> readings = new HashMap<>();
        for (Sentence s : p.sentences()) {
            List<EventTyper.Typed> ts = typed.get(s.index());
            List<int[]> ranges = ts.stream().map(t -> p.subtree(t.anchor().anchor())).toList();
            List<EventClause> own = new ArrayList<>();
            for (EventTyper.Typed t : ts) {
                own.addAll(read(a, entities, s, t, ranges, conflict, readings));
            }
            clauses.addAll(governed(p, own));
        }
        List<Event> events = new ArrayList<>();
        for (IncidentLinker.Incident inc : linker.link(clauses)) {
            events.add(assemble(a, inc, "ev" + (events.size() + 1)));
        }
        return a.withEvents(events);
    }

    /**
     * Whether the article is about conflict at all: it names an armed party, protesters or rioters, tells a strong
     * trigger of violence, a protest the sentence gives the context of, or violence that killed or hurt people. A
     * tennis report's "clash" or a chipmaker's "beat" are none.
     */
    private boolean aboutConflict(ParsedText p, List<List<EventTyper.Typed>> typed) {
        for (int i = 0; i < p.tokens().size(); i++) {
            String category = actors.categoryAt(p, i);
            if (category != null && CONFLICT_ACTORS.contains(category)) {
                return true;
            }
        }
        for (List<EventTyper.Typed> sentence : typed) {
            for (EventTyper.Typed t : sentence) {
                String family = t.kind().family();
                if (CONFLICT_FAMILIES.contains(family) && t.anchor().weight() >= CONFLICT_TRIGGER
                        || family.equals("PROTEST") && t.familyScore() >= MIN_EVIDENCE
                        || family.equals("VIOLENCE") && t.familyScore() >= MIN_EVIDENCE && harmsPeople(p, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a violent event's sentence tells people were killed or hurt ("five people were killed in a strike"). */
    private boolean harmsPeople(ParsedText p, EventTyper.Typed t) {
        var s = p.sentences().get(p.token(t.anchor().anchor()).sentence());
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (p.token(i).isVerb() && reading.casualty(p, i)) {
                return true;
            }
        }
        return false;
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

    /**
     * The clauses of a sentence, those told inside the clause of a background verb made background too: "the
     * rebels have been fighting since 2020 to seize the province" tells no new seizure. A clause with a date of its
     * own keeps its reading.
     */
    private static List<EventClause> governed(ParsedText p, List<EventClause> own) {
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

    private static boolean dominates(ParsedText p, int ancestor, int token) {
        for (int t = token, hop = 0; t >= 0 && hop < 12; t = p.head(t), hop++) {
            if (t == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The report a typed trigger makes in its clause; one per place when the clause names several. */
    private List<EventClause> read(Analysis a, EntityIndex entities, Sentence s, EventTyper.Typed t,
                                   List<int[]> otherClauses, boolean conflict,
                                   Map<Integer, NewnessModel.Reading> readings) {
        ParsedText p = a.parse();
        int anchor = t.anchor().anchor();
        Asserter.Asserted asserted = asserter.assertor(a, p.token(anchor).start(), entities);
        String assertorCountry = assertorCountry(asserted.assertion(), entities);
        ActorFinder.Parties parties = speakerAsActor(actors.find(p, t.anchor(), t.kind().family(), entities,
                assertorCountry), asserted.assertion(), assertorCountry, entities);
        String mover = category(parties.actor1());
        if (MOVERS_NOT.contains(mover) && t.kind().family().equals("MOVEMENT") && !t.kind().code().equals("DISPLACEMENT")
                || ARMED.contains(mover) && t.kind().code().equals("DISPLACEMENT")) {
            return List.of(); // protesters marching, gunmen fleeing: told by the protest or the attack
        }
        if (byParties.foilsAnAssault(p, t.kind(), anchor)) {
            return List.of(); // "foiled an attack on a camp": the attack is the event, told by its own trigger
        }
        int[] actorRange = parties.actorToken() < 0 ? null : p.subtree(parties.actorToken());
        int cue = asserted.cue() == null ? -1 : p.tokenAt(asserted.cue().start());
        EventDate date = dater.date(p, t.anchor(), a.times(), cue, asserted.statementDate());
        String mode = modality.of(p, anchor);
        int predicate = EventReading.predicate(p, anchor);
        List<EventCount> tolls = counts.counts(p, anchor, a.numbers());
        EventPlace place = places.place(p, anchor, actorRange, a.places(), otherClauses);
        if (t.kind().family().equals("TERRITORY") && p.token(anchor).isVerb() && place == null
                && !territoryNamed(p, anchor)) {
            return List.of(); // "to regain control" of a situation, "seized 251 people": no territory changes hands
        }
        BackgroundReason reason = reading.reason(p, t.anchor(), predicate, mode, date, tolls, a.times(), place,
                conflict && t.kind().recorded());
        if (policy != Newness.RULES) {
            NewnessModel.Reading r = readings.computeIfAbsent(s.index(), i -> newnessModel.read(a.text().substring(s.start(), s.end())));
            reason = policy.decide(reason, r, mode, conflict && t.kind().recorded());
        }
        boolean reference = reading.reference(p, anchor, predicate, tolls,
                place != null && !place.basis().equals("SENTENCE")) || reading.toldOfByStatement(p, anchor);
        Span trigger = new Span(p.token(t.anchor().first()).start(), p.token(t.anchor().end() - 1).end());
        String status = Asserter.status(asserted.assertion(), t.kind().family(), s.index(), a.caveats());
        EventClause c = new EventClause(t, s.index(), predicate, mode, parties, place, date, tolls, asserted, status,
                reason, reference, false, trigger, s.start(), s.end());
        if (c.isNew()) {
            List<EventPlace> several = places.clausePlaces(p, anchor, actorRange, a.places());
            if (several.size() > 1) {
                return several.stream().map(c::at).toList();
            }
        }
        return List.of(c);
    }

    /** One incident's event: its reports' evidence, and the best of what each says. */
    private Event assemble(Analysis a, IncidentLinker.Incident inc, String id) {
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
                .thenComparing(c -> c.place().geoPrecision())).orElse(null);
        EventClause first = pool.get(0);
        EventClause lead = pool.stream().filter(c -> !c.shared()).findFirst().orElse(first);
        EventClause evidence = placeGiver != null && moreSpecific(placeGiver.place(), lead.place()) ? placeGiver : lead;
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
            actor1 = partyInSentences(a, all, ARMED); // a clash has two armed sides; the first the text names
            if (actor1 != null && actor2 != null && actor1.name().equals(actor2.name())) {
                actor1 = null;
            }
        }
        if (kind.family().equals("PROTEST")) {
            EventActor crowd = crowd(a, all, kind, placeGiver == null ? null : placeGiver.place());
            if (crowd != null && (actor1 == null || !PROTESTING.contains(actor1.category()))) {
                actor2 = actor1 != null && !actor1.equals(crowd) ? actor1 : actor2;
                actor1 = crowd;
            }
        }
        double confidence = (1 - Math.exp(-t.score() / EVIDENCE_SCALE)) * t.score() / (t.score() + t.runnerUp());
        Sentence s = a.parse().sentences().get(evidence.sentence());
        return new Event(id, kind.type(), kind.subtype(), kind.code(), typeGiver.triggerSpan().of(a.text()),
                typeGiver.triggerSpan(), actor1, actor2,
                placeGiver == null ? null : placeGiver.place(), date, tolls(all), source.asserted().assertion(),
                status, first.modality(), reason != null, reason, Math.round(confidence * 1000) / 1000.0, s.start(),
                s.end(), s.index(), mentions(a, all));
    }

    /**
     * The protesters or rioters of a protest-family event, as ACLED names them: the crowd the reports name as a party,
     * else the first their sentences name, else "Protesters (Country)" or "Rioters (Country)" of the event's place.
     */
    private EventActor crowd(Analysis a, List<EventClause> all, EventKinds.Kind kind, EventPlace place) {
        for (EventClause c : all) {
            for (EventActor x : new EventActor[] {c.parties().actor1(), c.parties().actor2()}) {
                if (x != null && PROTESTING.contains(x.category())) {
                    return x;
                }
            }
        }
        EventActor named = partyInSentences(a, all, PROTESTING);
        if (named != null) {
            return named;
        }
        if (place == null || place.geo() == null || place.geo().countryName() == null) {
            return null;
        }
        boolean riot = kind.type().equals("Riots");
        String who = riot ? "Rioters" : "Protesters";
        return new EventActor(who + " (" + place.geo().countryName() + ")", who.toLowerCase(java.util.Locale.ROOT),
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
    private static java.util.Optional<EventClause> violence(List<EventClause> all) {
        return all.stream().filter(c -> c.kind().family().equals("VIOLENCE") && c.isNew()).findFirst();
    }

    private static boolean isPolice(EventActor a) {
        return "STATE_FORCES".equals(a.category()) || a.name().toLowerCase(java.util.Locale.ROOT).contains("police");
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
     * Whether the trigger's clause says what changed hands: its object ("two oil fields", "control of the area"; not a
     * bare "control" of a situation), or, with no object, a piece of territory ("fell to the rebels": "the town").
     */
    private boolean territoryNamed(ParsedText p, int anchor) {
        int object = p.child(anchor, "obj");
        if (object < 0) {
            int[] clause = EventPlaces.clause(p, anchor);
            for (int i = clause[0]; i <= clause[1]; i++) {
                if (context.has("TERRITORY", p, i, i + 1)) {
                    return true;
                }
            }
            return false;
        }
        return !context.has("HOLD", p, object, object + 1) || p.child(object, "nmod") >= 0;
    }

    /** Whether a place says more precisely where than another (or than none, when told in the clause). */
    private static boolean moreSpecific(EventPlace a, EventPlace b) {
        if (b == null) {
            return !a.basis().equals("SENTENCE");
        }
        return a.geoPrecision() < b.geoPrecision() && !a.basis().equals("SENTENCE");
    }

    private static String category(EventActor a) {
        return a == null ? "" : a.category();
    }

    /**
     * The family an incident is typed by: violence by or against protesters is part of their protest; a change of
     * who holds a place, told in a sentence of its own, types the battle that brought it ("the army regained
     * Bilohorivka" after "the offensive"), while "clashed and took five positions" stays a clash; otherwise the
     * first report's.
     */
    private static String typeFamily(List<EventClause> pool) {
        if (pool.stream().anyMatch(c -> c.kind().family().equals("PROTEST"))) {
            return "PROTEST";
        }
        boolean territoryAlone = pool.stream().anyMatch(c -> c.kind().family().equals("TERRITORY")
                && pool.stream().noneMatch(o -> o.sentence() == c.sentence() && o.kind().family().equals("VIOLENCE")));
        return territoryAlone ? "TERRITORY" : pool.get(0).kind().family();
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
                && Character.isLowerCase(a.text().charAt(0)) && !SPEAKER_PRONOUNS.contains(a.text());
    }

    /** The counts of every report, each kind and value once. */
    private static List<EventCount> tolls(List<EventClause> all) {
        Map<String, EventCount> out = new LinkedHashMap<>();
        for (EventClause c : all) {
            for (EventCount n : c.counts()) {
                out.putIfAbsent(n.kind() + "\t" + n.value(), n);
            }
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

    /**
     * A pronoun acting in reported speech is the speaker: "Hezbollah said it fired rockets", "'we repelled them', the
     * army said".
     */
    private static ActorFinder.Parties speakerAsActor(ActorFinder.Parties parties, Assertion assertion,
                                                      String country, EntityIndex entities) {
        EventActor a = parties.actor1();
        if (a == null || assertion.kind().equals("OUTLET") || assertion.name() == null
                || !SPEAKER_PRONOUNS.contains(a.text().toLowerCase(java.util.Locale.ROOT))) {
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
