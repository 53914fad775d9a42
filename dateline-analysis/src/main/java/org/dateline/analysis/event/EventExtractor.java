package org.dateline.analysis.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.EntityIndex;
import org.dateline.analysis.Stage;
import org.dateline.analysis.lang.Countries;
import org.dateline.model.Event;
import org.dateline.model.EventCount;
import org.dateline.model.Quote;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;

/**
 * Typed events with their arguments, their assertor and their verification status, one per real-world incident of
 * the article, in four steps: the triggers of each sentence typed ({@link EventTyper}), each read in its clause
 * ({@link ClauseReader}: its parties, place, date, tolls, assertor, and whether it is a new event or background), the
 * reports of one incident joined ({@link IncidentLinker}), and each incident made one event with every report as its
 * evidence ({@link IncidentAssembler}). Runs after the entities, places, times, quotes, claims, numbers and caveats
 * it reads.
 */
public final class EventExtractor implements Stage {
    /** Less evidence for its family than this (a lone "move", "meet") makes no event in an article's record. */
    static final double MIN_EVIDENCE = 1.5;
    /** In an article about conflict, one trigger is enough ("one person was killed in the village"). */
    static final double MIN_EVIDENCE_IN_CONFLICT = 1.0;
    /** A trigger this strong of violence or protest ("shelling", "riot") makes an article one about conflict. */
    private static final double CONFLICT_TRIGGER = 2.5;
    /** How many sentences after an incident's last report a toll told on its own is still that incident's. */
    private static final int FOLLOW_UP_SENTENCES = 2;
    private static final Set<String> CONFLICT_FAMILIES = Set.of("VIOLENCE", "PROTEST", "TERRITORY");
    private static final Set<String> CONFLICT_ACTORS = Set.of("STATE_FORCES", "REBELS", "MILITIA", "EXTERNAL",
            "PROTESTERS", "RIOTERS");

    private final EventTyper typer;
    private final ActorFinder actors;
    private final Modality modality = new Modality();
    private final EventReading reading = new EventReading();
    private final EventCounts counts = new EventCounts();
    private final IncidentLinker linker = new IncidentLinker();
    private final EventContext context;
    private final ClauseReader clauses;
    private final IncidentAssembler assembler;

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
        EventKinds kinds = EventKinds.english();
        KindByParties byParties = new KindByParties(kinds);
        this.typer = new EventTyper(kinds);
        this.actors = new ActorFinder(countries);
        this.context = new EventContext(actors, countries);
        this.clauses = new ClauseReader(countries, actors, new EventPlaces(), modality, reading, byParties, context,
                model, policy);
        this.assembler = new IncidentAssembler(actors, reading, byParties, kinds);
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
        List<EventClause> read = new ArrayList<>();
        Map<Integer, NewnessModel.Reading> readings = new HashMap<>();
        for (Sentence s : p.sentences()) {
            List<EventTyper.Typed> ts = typed.get(s.index());
            List<int[]> ranges = ts.stream().map(t -> p.subtree(t.anchor().anchor())).toList();
            List<EventClause> own = new ArrayList<>();
            for (EventTyper.Typed t : ts) {
                own.addAll(clauses.read(a, entities, s, t, ranges, conflict, readings));
            }
            read.addAll(ClauseReader.governed(p, own));
        }
        read = reading.before(p, reading.tallies(p, read));
        List<IncidentLinker.Incident> incidents = linker.link(read);
        followUps(p, a, read, incidents);
        List<Event> events = new ArrayList<>();
        for (IncidentLinker.Incident inc : incidents) {
            events.add(assembler.assemble(a, inc, "ev" + (events.size() + 1)));
        }
        return a.withEvents(events);
    }

    /**
     * The tolls told in sentences of their own right after an incident ("A suicide bomber struck a wedding in
     * Gwoza. ... Eighteen deaths have been confirmed."): a sentence with no report of an event, one or two sentences
     * after a report of the new incident told last before it, that sums nothing over a span or a war, gives that
     * incident the kinds of toll it has none of.
     */
    private void followUps(ParsedText p, Analysis a, List<EventClause> read, List<IncidentLinker.Incident> incidents) {
        Set<Integer> told = new HashSet<>();
        read.forEach(c -> told.add(c.sentence()));
        for (Sentence s : p.sentences()) {
            if (told.contains(s.index())) {
                continue;
            }
            List<EventCount> tolls = counts.tollsOf(p, s.index(), a.numbers());
            if (tolls.isEmpty() || reading.sums(p, s.index(), tolls)) {
                continue;
            }
            IncidentLinker.Incident latest = incidents.stream()
                    .filter(inc -> inc.isNew() && inc.toldBefore(s.index()) >= 0)
                    .max(Comparator.comparingInt(inc -> inc.toldBefore(s.index()))).orElse(null);
            if (latest == null || s.index() - latest.toldBefore(s.index()) > FOLLOW_UP_SENTENCES) {
                continue;
            }
            for (EventCount n : tolls) {
                boolean has = latest.clauses().stream().flatMap(c -> c.counts().stream())
                        .anyMatch(o -> o.kind().equals(n.kind())) || latest.followUps().stream()
                        .anyMatch(o -> o.kind().equals(n.kind()));
                if (!has) {
                    latest.followUps().add(n);
                }
            }
        }
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





















}
