package org.dateline.analysis.event;

import java.util.List;
import java.util.Set;
import org.dateline.model.EventPlace;
import org.dateline.model.Place;
import org.dateline.model.parse.ParsedText;

/**
 * Where an event happened: a place named in the anchor's own phrase or clause, the most specific first ("the
 * Luhansk village of Bilohorivka" is Bilohorivka); otherwise the place named nearest to it in its sentence;
 * otherwise the dateline. Metonyms ("Kyiv said") are never places of events, nor places inside an actor's name.
 */
final class EventPlaces {
    private static final Set<String> WHERE_ROLES = Set.of("LOCATION", "MODIFIER");
    private static final int NEAR_PRECISION = 2;
    private static final int AREA_PRECISION = 3;

    /**
     * @param subjectRange tokens of the acting party, whose places are not where the event happened
     * @param datelineFallback whether the dateline may stand in when the sentence names no place
     */
    EventPlace place(ParsedText p, int anchor, int[] subjectRange, List<Place> places, boolean datelineFallback) {
        int sentence = p.token(anchor).sentence();
        int[] clause = p.subtree(anchor);
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean inClause = false;
        for (Place pl : places) {
            if (pl.sentence() != sentence || !WHERE_ROLES.contains(pl.role())) {
                continue;
            }
            int token = p.tokenAt(pl.start());
            if (subjectRange != null && token >= subjectRange[0] && token <= subjectRange[1] || acts(p, token)) {
                continue;
            }
            boolean within = token >= clause[0] && token <= clause[1];
            double score = (within ? 100 : 0) - EventDater.distance(p, anchor, token) - specificity(pl);
            if (score > bestScore) {
                bestScore = score;
                best = pl;
                inClause = within;
            }
        }
        if (best != null) {
            return of(best, inClause ? "TEXT" : "SENTENCE");
        }
        for (Place pl : places) {
            if (datelineFallback && pl.role().equals("DATELINE")) {
                return new EventPlace(pl.id(), pl.geo() != null ? pl.geo().name() : pl.name(), pl.geo(),
                        AREA_PRECISION, "DATELINE");
            }
        }
        return null;
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
