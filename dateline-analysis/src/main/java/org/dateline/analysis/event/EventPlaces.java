package org.dateline.analysis.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.dateline.model.Distance;
import org.dateline.model.EventPlace;
import org.dateline.model.Place;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Tags;

/**
 * Where an event happened: a place named in the anchor's own phrase or clause, the most specific first ("the
 * Luhansk village of Bilohorivka" is Bilohorivka); otherwise the place named nearest to it in its sentence, unless
 * another event's clause names it. Never the dateline, which says where the report was filed. Metonyms ("Kyiv
 * said") are never places of events, nor places inside an actor's name or places that act.
 */
final class EventPlaces {
    private static final Set<String> WHERE_ROLES = Set.of("LOCATION", "MODIFIER");
    /** The words that name the far side of a line: "the border with Eritrea", "between Sudan and Chad". */
    private static final Set<String> LINE_CASES = Set.of("with", "between");
    /** Determiners that point back to a place named before: "this region", "the city". */
    private static final Set<String> POINTERS = Set.of("this", "that", "the");
    private static final int NEAR_PRECISION = 2;
    private static final int AREA_PRECISION = 3;
    /** What a place the gazetteer could not resolve costs against one it could, in the same clause. */
    private static final int UNRESOLVED = 4;
    /** Kinds of place that name an area, whatever the gazetteer made of them ("Belgorod region"). */
    private static final Set<String> AREA_KINDS = Set.of("country", "region", "district", "continent");

    /** The kind words that name a kind of place before "of" ("region", "city", "village"), with the kind. */
    private final Map<String, String> kindWords = new HashMap<>();
    /** Nouns of a line between places ("border"): the places they are "with" are landmarks. */
    private final Set<String> landmarkWords = Lexicon.load("en", "landmark-words.tsv", 2).words();

    EventPlaces() {
        for (List<String> row : Lexicon.load("en", "place-kinds.tsv", 4).rows()) {
            if (row.get(2).equals("OF")) {
                kindWords.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1));
            }
        }
    }

    /**
     * @param subjectRange tokens of the acting party, whose places are not where the event happened
     * @param sourceRange  tokens of who says it ("the Britain-based Observatory"), whose places are not either, or
     *                     null
     * @param otherClauses token ranges [first, last] of the other events' clauses in the sentence
     */
    EventPlace place(ParsedText p, int anchor, int[] subjectRange, int[] sourceRange, List<Place> places,
                     List<int[]> otherClauses) {
        int sentence = p.token(anchor).sentence();
        int[] clause = clause(p, anchor);
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean inClause = false;
        for (Place pl : places) {
            if (pl.sentence() != sentence || !WHERE_ROLES.contains(pl.role())) {
                continue;
            }
            int token = p.tokenAt(pl.start());
            if (subjectRange != null && token >= subjectRange[0] && token <= subjectRange[1] || acts(p, token)
                    || landmark(p, token) || attributive(p, p.tokenAt(pl.end() - 1))
                    || sourceRange != null && token >= sourceRange[0] && token <= sourceRange[1]) {
                continue;
            }
            boolean within = token >= clause[0] && token <= clause[1];
            if (!within && (pl.role().equals("MODIFIER") || otherClauses.stream().anyMatch(r -> token >= r[0]
                    && token <= r[1] && !(anchor >= r[0] && anchor <= r[1])))) {
                continue; // "the Britain-based Observatory" says nothing of where
            }
            double score = (within ? 100 : 0) - EventDater.distance(p, anchor, token) - specificity(pl)
                    - (pl.geo() == null ? UNRESOLVED : 0);
            if (score > bestScore) {
                bestScore = score;
                best = pl;
                inClause = within;
            }
        }
        if (best == null) {
            Place earlier = pointedTo(p, anchor, clause, places);
            return earlier == null ? null : of(earlier, "TEXT");
        }
        return of(best, inClause ? "TEXT" : "SENTENCE");
    }

    /**
     * The place a clause points back to ("killed one person in this region", "shot down five drones there"): the
     * latest place of that kind named before the anchor, in its sentence or the two before.
     */
    private Place pointedTo(ParsedText p, int anchor, int[] clause, List<Place> places) {
        String kind = null;
        for (int i = clause[0]; i <= clause[1] && kind == null; i++) {
            String w = p.token(i).lemma().toLowerCase(Locale.ROOT);
            int det = p.child(i, "det");
            if (p.token(i).isNoun() && kindWords.containsKey(w) && det >= 0
                    && POINTERS.contains(p.token(det).lemma().toLowerCase(Locale.ROOT))) {
                kind = kindWords.get(w);
            } else if (w.equals("there") && p.relation(i).equals("advmod")) {
                kind = "";
            }
        }
        if (kind == null) {
            return null;
        }
        int from = p.sentences().get(Math.max(0, p.token(anchor).sentence() - 2)).start();
        int before = p.token(clause[0]).start();
        Place latest = null;
        for (Place pl : places) {
            if (pl.role().equals("LOCATION") && pl.start() >= from && pl.end() <= before
                    && (kind.isEmpty() || kind.equals(pl.kind()) || sameScale(kind, pl.kind()))
                    && !qualifies(p, p.tokenAt(pl.end() - 1))) {
                latest = pl;
            }
        }
        return latest;
    }

    /**
     * Whether the name only qualifies someone or something, as a party or a label ("a Damascus ally", "Kyiv's
     * forces", "Iran-backed"), rather than naming a place a later "the city" could point back to.
     */
    private boolean qualifies(ParsedText p, int last) {
        int head = p.head(last);
        return acts(p, last) || attributive(p, last) || p.relation(last).equals("compound") && head >= 0
                && p.token(head).isNoun() && !p.token(head).isProperNoun()
                && !kindWords.containsKey(p.token(head).lemma().toLowerCase(Locale.ROOT));
    }

    /** Towns, cities and villages stand for one another ("the city" for a town), regions and districts too. */
    private static boolean sameScale(String a, String b) {
        Set<String> towns = Set.of("city", "town", "village");
        Set<String> areas = Set.of("region", "district");
        return towns.contains(a) && towns.contains(b) || areas.contains(a) && areas.contains(b);
    }

    /**
     * The distinct places named in the anchor's own phrase or clause, in text order, without those that hold
     * another of them (a region around its towns), when they are coordinated: the places of a report that tells one
     * event at each ("strikes on Pechenihy, Chuhuiv and a village near Kupiansk"). None when they are not.
     */
    List<EventPlace> clausePlaces(ParsedText p, int anchor, int[] subjectRange, List<Place> places) {
        int[] clause = clause(p, anchor);
        List<EventPlace> found = new ArrayList<>();
        java.util.Map<EventPlace, Integer> tokens = new java.util.IdentityHashMap<>();
        for (Place pl : places) {
            int token = p.tokenAt(pl.start());
            if (!pl.role().equals("LOCATION") || token < clause[0] || token > clause[1] || acts(p, token)
                    || landmark(p, token) || attributive(p, p.tokenAt(pl.end() - 1))
                    || subjectRange != null && token >= subjectRange[0] && token <= subjectRange[1]) {
                continue;
            }
            EventPlace e = of(pl, "TEXT");
            tokens.put(e, token);
            if (AREA_KINDS.contains(pl.kind()) && e.geoPrecision() < AREA_PRECISION) {
                e = new EventPlace(e.place(), e.name(), e.geo(), AREA_PRECISION, e.basis()); // "Belgorod region"
            }
            final EventPlace found1 = e;
            if (found.stream().noneMatch(f -> same(f, found1))) {
                found.add(found1);
                tokens.put(found1, token);
            }
        }
        List<EventPlace> leaves = new ArrayList<>();
        for (EventPlace e : found) {
            if (found.stream().noneMatch(o -> o != e && holds(e, o))) {
                leaves.add(e);
            }
        }
        for (int i = 0; i < leaves.size(); i++) {
            for (int j = i + 1; j < leaves.size(); j++) {
                if (!coordinated(p, tokens.get(leaves.get(i)), tokens.get(leaves.get(j)))) {
                    return List.of(); // "the post in Zardad Dahri, which is in the Charsadda district": one place
                }
            }
        }
        return leaves;
    }

    /** Whether two place names are coordinated ("Pechenihy, Chuhuiv and a village near Kupiansk"): a conjunction
     *  joins the phrases they stand in. */
    private static boolean coordinated(ParsedText p, int a, int b) {
        java.util.Map<Integer, Boolean> up = new java.util.HashMap<>();
        boolean conj = false;
        for (int t = a, hop = 0; t >= 0 && hop < 12; t = p.head(t), hop++) {
            up.put(t, conj);
            conj |= p.relation(t).equals("conj");
        }
        conj = false;
        for (int t = b, hop = 0; t >= 0 && hop < 12; t = p.head(t), hop++) {
            if (up.containsKey(t)) {
                return conj || up.get(t);
            }
            conj |= p.relation(t).equals("conj");
        }
        return false;
    }

    /**
     * The tokens of the anchor's clause: its subtree, or, for a noun that is the subject or object of a verb ("an
     * Israeli strike hit a school in Gaza City"), the verb's.
     */
    static int[] clause(ParsedText p, int anchor) {
        String r = p.relation(anchor);
        int head = p.head(anchor);
        if (p.token(anchor).isNoun() && head >= 0 && p.token(head).isVerb()
                && (r.startsWith("nsubj") || r.equals("obj"))) {
            return p.subtree(head);
        }
        return p.subtree(anchor);
    }

    private static boolean same(EventPlace a, EventPlace b) {
        if (a.geo() == null || b.geo() == null) {
            return a.name().equalsIgnoreCase(b.name());
        }
        return Distance.km(a.geo().lat(), a.geo().lon(), b.geo().lat(), b.geo().lon()) < 1;
    }

    /** Whether {@code area} is a larger area (less precise: an unresolved name counts as one) that holds {@code place}. */
    private static boolean holds(EventPlace area, EventPlace place) {
        return area.geoPrecision() > place.geoPrecision() && IncidentLinker.places(area, place);
    }

    /**
     * A place named as the far side of a line the event happened by ("near the border with Eritrea", "the frontier
     * between Sudan and Chad"): not where it happened.
     */
    private boolean landmark(ParsedText p, int token) {
        int t = p.relation(token).equals("conj") ? p.head(token) : token;
        int c = p.child(t, "case");
        if (c < 0 || !LINE_CASES.contains(p.token(c).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int head = p.head(t);
        int before = c - 1; // the parser may hang "with Eritrea" on the verb: read the words too
        while (before >= 0 && Tags.isDeterminer(p.token(before).pos())) {
            before--;
        }
        return head >= 0 && landmarkWords.contains(p.token(head).lemma().toLowerCase(Locale.ROOT))
                || before >= 0 && p.token(before).sentence() == p.token(t).sentence()
                && landmarkWords.contains(p.token(before).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * A place name joined by a hyphen to the participle or adjective it qualifies ("the Britain-based Observatory",
     * "Iran-backed militias", "a Kyiv-bound train") tells where someone is from or bound, not where the event was.
     */
    private static boolean attributive(ParsedText p, int last) {
        int hyphen = last + 1;
        int word = last + 2;
        if (last < 0 || word >= p.tokens().size() || p.token(word).sentence() != p.token(last).sentence()
                || !p.token(hyphen).text().equals("-")) {
            return false;
        }
        String pos = p.token(word).pos();
        return Tags.isPastParticiple(pos) || Tags.isPlainAdjective(pos);
    }

    /** A place name that acts ("abandoned by Russia", "Russia's forces") stands for a party, not a place. */
    private static boolean acts(ParsedText p, int token) {
        String r = p.relation(token);
        if (r.startsWith("nsubj") || r.equals("obl:agent") || r.equals("nmod:poss")) {
            return true;
        }
        int c = p.child(token, "case");
        return c >= 0 && p.token(c).lemma().equalsIgnoreCase("by");
    }

    private static EventPlace of(Place pl, String basis) {
        if (pl.geo() == null) {
            return new EventPlace(pl.id(), pl.name(), null, AREA_PRECISION, basis);
        }
        int precision = pl.geo().geoPrecision();
        return new EventPlace(pl.id(), pl.geo().name(), pl.geo(), precision,
                precision == NEAR_PRECISION ? "NEAR" : basis);
    }

    /** Larger areas rank after the towns in them: a country costs 3, a first-level area 2, a second-level 1. */
    static int specificity(EventPlace pl) {
        if (pl.geo() != null && pl.geo().featureCode() != null) {
            String code = pl.geo().featureCode();
            if (code.startsWith("PCL") || code.equals("CONT")) {
                return 3;
            }
            return code.equals("ADM1") ? 2 : code.startsWith("ADM") ? 1 : 0;
        }
        return pl.geoPrecision();
    }

    /** Larger areas rank after the towns in them: a country costs 3, a first-level area 2, a second-level 1. */
    private static int specificity(Place pl) {
        if (pl.geo() != null && pl.geo().featureCode() != null) {
            String code = pl.geo().featureCode();
            if (code.startsWith("PCL") || code.equals("CONT")) {
                return 3;
            }
            return code.equals("ADM1") ? 2 : code.startsWith("ADM") ? 1 : 0;
        }
        return switch (pl.kind()) {
            case "country", "continent" -> 3;
            case "region" -> 2;
            case "district", "river" -> 1;
            default -> 0;
        };
    }
}
