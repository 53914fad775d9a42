package org.dateline.analysis.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.dateline.analysis.event.TriggerLexicon.Match;
import org.dateline.model.parse.Dependency;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;

/**
 * Finds the typed events of a sentence: each family of kinds that has a trigger in a clause gives one event,
 * anchored at its strongest trigger and typed as the kind of that family with the most evidence. The evidence for a
 * kind is the weight of its triggers and cues in the sentence, a cue counted once however often it recurs; to choose
 * the kind, a code's triggers count by their strongest (so that "protesters ... protest" does not drown "clashed"),
 * the cues of the neighbouring sentences count at a reduced weight, and in the territory family the cues in the
 * trigger's subject count twice and those in its objects not at all. A trigger that is also a cue of another
 * family's event in the sentence is no event of its own. A token anchors at most one event: the family with the
 * most evidence keeps it.
 */
final class EventTyper {

    /**
     * A typed trigger.
     *
     * @param score    the evidence for the chosen kind: the sum of its matches' weights
     * @param runnerUp the evidence for the next kind of the same family, without the words it shares with the
     *                 chosen one ("peaceful" says nothing against force used on peaceful protesters)
     * @param familyScore the evidence for the family in the sentence: each matched phrase of its kinds once, at its
     *                 greatest weight ("Russia hit the city, injuring four": a hit and an injury)
     */
    record Typed(Match anchor, EventKinds.Kind kind, double score, double runnerUp, double familyScore) {
    }

    /**
     * Kinds that tell what an incident destroyed: a sentence that also tells the attack ("launched 10 attacks,
     * destroying houses") is of the attack's kind.
     */
    static final Set<String> CONSEQUENCES = Set.of("LOOTING");

    /** The family whose kind is decided by who acts: ACLED tells a government's gain from a rebel group's. */
    private static final String TAKER_DECIDES = "TERRITORY";
    /** What the cues of a neighbouring sentence count for the choice of a kind, against those of the event's own. */
    private static final double NEIGHBOUR = 0.5;
    /** The ACLED event type its weapon decides, whoever is hit (ACLED Codebook 2023, Explosions/Remote violence). */
    private static final String REMOTE_TYPE = "Explosions/Remote violence";

    private final EventKinds kinds;
    private final TriggerLexicon lexicon;

    EventTyper(EventKinds kinds) {
        this.kinds = kinds;
        this.lexicon = new TriggerLexicon(kinds);
    }

    /**
     * @param clause   a key per anchor token: triggers of one family form one event only when their keys agree
     *                 (an asserted "regained" and a planned "retake" in one sentence are two events)
     * @param excluded tokens that cannot take part in a match (the channel of a quote: "a televised address")
     * @param allowed  the kinds the sentence gives the context they need: a trigger of any other kind anchors nothing,
     *                 so that its word can anchor an event of another family ("strike" beside "killed" is no labour
     *                 strike but a strike)
     */
    List<Typed> type(ParsedText p, Sentence s, IntFunction<String> clause, IntPredicate excluded,
                     Predicate<String> allowed) {
        List<Match> matches = matches(p, s, excluded).stream()
                .filter(m -> !m.entry().trigger() || allowed.test(m.code())).toList();
        Map<String, Double> evidence = evidence(matches, Double::sum, 1);
        Map<String, Double> choice = evidence(matches, Math::max, 1);
        for (int n = s.index() - 1; n <= s.index() + 1; n += 2) {
            if (n >= 0 && n < p.sentences().size()) {
                evidence(matches(p, p.sentences().get(n), excluded).stream().filter(m -> !m.entry().trigger())
                        .toList(), Math::max, NEIGHBOUR)
                        .forEach((code, w) -> choice.merge(code, w, Double::sum));
            }
        }
        Map<String, Match> anchorOfFamily = new LinkedHashMap<>();
        for (Match m : matches) {
            if (m.entry().trigger()) {
                anchorOfFamily.merge(kinds.of(m.code()).family() + "\t" + clause.apply(m.anchor()), m,
                        (a, b) -> tells(p, b, a, matches) || !tells(p, a, b, matches) && b.weight() > a.weight() ? b : a);
            }
        }
        List<Typed> typed = new ArrayList<>();
        for (var e : anchorOfFamily.entrySet()) {
            Match anchor = e.getValue();
            String family = kinds.of(anchor.code()).family();
            typed.add(best(p, family, anchor, family.equals(TAKER_DECIDES) ? withTaker(p, anchor, matches, choice)
                    : choice, evidence, matches));
        }
        typed.sort((a, b) -> Double.compare(b.score(), a.score()));
        Set<Integer> anchors = new HashSet<>();
        List<Typed> kept = new ArrayList<>();
        for (Typed t : typed) {
            if (anchors.add(t.anchor().anchor())) {
                kept.add(t);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.anchor().first(), b.anchor().first()));
        return kept;
    }

    private List<Match> matches(ParsedText p, Sentence s, IntPredicate excluded) {
        List<Match> ms = lexicon.matches(p, s).stream()
                .filter(m -> IntStream.range(m.first(), m.end()).noneMatch(excluded))
                .toList();
        return subsumed(modifiers(p, ms));
    }

    /**
     * The matches without the trigger of a kind that is no record when one that is modifies it or is modified by it:
     * the weapon tells what the fire was ("rocket fire", "tank fire"), and "a lightning offensive" is an offensive.
     */
    private List<Match> modifiers(ParsedText p, List<Match> matches) {
        java.util.Set<Match> dropped = new HashSet<>();
        for (Match m : matches) {
            int head = p.head(m.anchor());
            String r = p.relation(m.anchor());
            if (!m.entry().trigger() || !(r.equals("compound") || r.equals("amod"))
                    || head < 0 || !p.token(head).isNoun() || head >= m.first() && head < m.end()) {
                continue;
            }
            List<Match> heads = matches.stream().filter(h -> h.entry().trigger() && h.anchor() == head).toList();
            boolean recorded = kinds.of(m.code()).recorded();
            if (!heads.isEmpty() && recorded && heads.stream().noneMatch(h -> kinds.of(h.code()).recorded())) {
                dropped.addAll(heads);
            } else if (!recorded && heads.stream().anyMatch(h -> kinds.of(h.code()).recorded())) {
                dropped.add(m);
            }
        }
        return matches.stream().filter(m -> !dropped.contains(m)).toList();
    }

    /**
     * The weight of each code's matches times {@code factor}: a cue counts once however often its words recur, the
     * triggers of a code add up by {@code triggers} (their sum says how much is told of the event, their maximum
     * which kind it is without drowning the cues).
     */
    private static Map<String, Double> evidence(List<Match> matches, BinaryOperator<Double> triggers, double factor) {
        Map<String, Double> evidence = new HashMap<>();
        Set<TriggerLexicon.Entry> counted = new HashSet<>();
        for (Match m : matches) {
            if (m.entry().trigger()) {
                evidence.merge(m.code(), factor * m.weight(), triggers);
            }
        }
        for (Match m : matches) {
            if (!m.entry().trigger() && counted.add(m.entry())) {
                evidence.merge(m.code(), factor * m.weight(), Double::sum);
            }
        }
        return evidence;
    }

    /**
     * Whether {@code verb} is the verb that tells the event {@code other} is part of: an active verb trigger whose
     * subject is no trigger, governing the other ("Russian forces struck Chernihiv with missiles": the event hangs
     * from "struck", whose subject acts). Its arguments are the event's.
     */
    private boolean tells(ParsedText p, Match verb, Match other, List<Match> matches) {
        int v = verb.anchor();
        String family = kinds.of(other.code()).family();
        if (matches.stream().anyMatch(m -> m.entry().trigger() && m.anchor() == v
                && !kinds.of(m.code()).family().equals(family))) {
            return false; // the verb anchors another family's event ("destroyed mines": disrupted weapons use)
        }
        int subject = p.child(v, "nsubj");
        if (!p.token(v).isVerb() || subject < 0 || p.relation(subject).equals("nsubj:pass")
                || matches.stream().anyMatch(m -> m.entry().trigger() && m.anchor() == subject)) {
            return false;
        }
        for (int t = other.anchor(), hop = 0; t >= 0 && hop < 3; t = p.head(t), hop++) {
            if (t == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the event {@code cause} tells what brought about {@code consequence}: it is the consequence's subject
     * ("the strikes damaged 11 houses"), or the consequence is a participle clause of the verb that tells it ("launched
     * 10 attacks, destroying houses"), or of the cause itself.
     */
    private static boolean causes(ParsedText p, Match cause, Match consequence) {
        int v = consequence.anchor();
        for (int hop = 0; hop < 3 && v >= 0; hop++) {
            int subject = p.child(v, "nsubj");
            if (subject >= 0 && within(p.subtree(subject), cause.anchor())) {
                return true;
            }
            String r = p.relation(v);
            if (!r.equals("advcl") && !r.equals("xcomp") && !r.equals("conj")) {
                return false;
            }
            int h = p.head(v);
            if (h == cause.anchor() || h >= 0 && !r.equals("conj") && within(p.subtree(h), cause.anchor())) {
                return true;
            }
            v = h;
        }
        return false;
    }

    private static boolean within(int[] range, int token) {
        return token >= range[0] && token <= range[1];
    }

    /**
     * The choice evidence with the cues in the subject of a verbal trigger counted twice and those in its objects not
     * at all: "government forces captured a rebel-held town" is the government's gain, the rebels are the losers.
     * The passive's agent ("seized by militants") is its subject; a verb without one takes that of the verb it is
     * conjoined to.
     */
    private static Map<String, Double> withTaker(ParsedText p, Match anchor, List<Match> matches,
            Map<String, Double> choice) {
        int verb = anchor.anchor();
        while (p.token(verb).isVerb() && p.child(verb, "nsubj") < 0 && p.relation(verb).equals("conj")) {
            verb = p.head(verb);
        }
        int subject = p.child(verb, "nsubj");
        if (!p.token(verb).isVerb() || subject < 0) {
            return choice;
        }
        if (p.relation(subject).equals("nsubj:pass")) {
            subject = p.child(verb, "obl:agent");
            if (subject < 0) {
                return choice;
            }
        }
        Map<String, Double> more = new HashMap<>(choice);
        reweigh(more, matches, p.subtree(subject), 1);
        for (Dependency d : p.children(verb)) {
            if (d.relation().equals("obj") || d.relation().equals("obl")) {
                reweigh(more, matches, p.subtree(d.dependent()), -1);
            }
        }
        return more;
    }

    /** Adds {@code factor} times the weight of each cue within tokens [range[0], range[1]], once per cue. */
    private static void reweigh(Map<String, Double> choice, List<Match> matches, int[] range, double factor) {
        Set<TriggerLexicon.Entry> counted = new HashSet<>();
        for (Match m : matches) {
            if (!m.entry().trigger() && m.first() >= range[0] && m.end() <= range[1] + 1 && counted.add(m.entry())) {
                choice.merge(m.code(), factor * m.weight(), Double::sum);
            }
        }
    }

    /**
     * The matches without the triggers that describe another family's event: a trigger that is also a cue of a
     * family with a trigger of its own in the sentence ("clashed" or "arrested" beside "protesters", "bombs" beside
     * "defused") refines that event's kind and is no event itself. That other trigger must not in turn be a cue of
     * the first one's family, so that two such words cannot cancel each other.
     */
    private List<Match> subsumed(List<Match> matches) {
        return matches.stream()
                .filter(m -> !m.entry().trigger() || cueFamilies(m, matches).stream().noneMatch(f -> matches.stream()
                        .anyMatch(t -> t.entry().trigger() && kinds.of(t.code()).family().equals(f)
                                && !cueFamilies(t, matches).contains(kinds.of(m.code()).family()))))
                .toList();
    }

    /** The families other than its own that a match overlaps a cue of. */
    private Set<String> cueFamilies(Match m, List<Match> matches) {
        String family = kinds.of(m.code()).family();
        Set<String> families = new HashSet<>();
        for (Match c : matches) {
            String f = kinds.of(c.code()).family();
            if (!c.entry().trigger() && !f.equals(family) && c.overlaps(m)) {
                families.add(f);
            }
        }
        return families;
    }

    /**
     * The kind of the family with the most evidence in {@code choice}, the anchor's own on a tie, scored with the
     * plain {@code evidence}: the words that choose the kind need not make the sentence surer of an event.
     */
    private Typed best(ParsedText p, String family, Match anchor, Map<String, Double> choice,
                       Map<String, Double> evidence,
            List<Match> matches) {
        boolean consequenceYields = matches.stream().anyMatch(c -> c.entry().trigger()
                && CONSEQUENCES.contains(c.code()) && kinds.of(c.code()).family().equals(family)
                && matches.stream().anyMatch(o -> o.entry().trigger() && kinds.of(o.code()).family().equals(family)
                && !CONSEQUENCES.contains(o.code()) && causes(p, o, c)));
        EventKinds.Kind best = null;
        double bestChoice = Double.NEGATIVE_INFINITY;
        for (EventKinds.Kind k : kinds.all()) {
            boolean yields = consequenceYields && CONSEQUENCES.contains(k.code());
            double c = choice.getOrDefault(k.code(), 0.0) + (k.code().equals(anchor.code()) ? 1e-9 : 0);
            if (k.family().equals(family) && !yields && c > bestChoice) {
                best = k;
                bestChoice = c;
            }
        }
        EventKinds.Kind own = kinds.of(anchor.code());
        if (anchor.entry().trigger() && own.type().equals(REMOTE_TYPE) && own.family().equals(family)) {
            best = own; // the weapon decides the type, whoever it hit ("shelled a student residence, killing four")
        }
        String chosen = best.code();
        Map<String, Double> against = new HashMap<>(evidence);
        Set<TriggerLexicon.Entry> counted = new HashSet<>();
        for (Match m : matches) {
            if (!m.code().equals(chosen) && !m.entry().trigger() && counted.add(m.entry()) && matches.stream()
                    .anyMatch(o -> o.code().equals(chosen) && o.first() == m.first() && o.end() == m.end())) {
                against.merge(m.code(), -m.weight(), Double::sum);
            }
        }
        double second = 0;
        for (EventKinds.Kind k : kinds.all()) {
            if (k.family().equals(family) && k != best) {
                second = Math.max(second, against.getOrDefault(k.code(), 0.0));
            }
        }
        Map<String, Double> phrases = new HashMap<>();
        for (Match m : matches) {
            if (kinds.of(m.code()).family().equals(family)) {
                phrases.merge(m.first() + ":" + m.end(), m.weight(), Math::max);
            }
        }
        double familyScore = phrases.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Typed(anchor, best, evidence.getOrDefault(best.code(), 0.0), second, familyScore);
    }
}
