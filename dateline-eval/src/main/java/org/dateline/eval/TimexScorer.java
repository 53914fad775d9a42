package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dateline.model.Span;

/**
 * Scores predicted temporal expressions of one document against its gold TIMEX3s.
 *
 * <ul>
 *   <li>Extent (overlap): gold and predicted expressions are paired one-to-one, greedily by the number of
 *       characters they share (largest first); any shared character makes a candidate pair.</li>
 *   <li>Extent (strict): pairs must have identical start and end offsets.</li>
 *   <li>Value and type: over the overlap pairs, whether the predicted value (type) equals the gold one after
 *       {@link #normalize normalisation}, which only strips surrounding whitespace and upper-cases: no other
 *       equivalences, so "P1W" differs from "P7D", "PRESENT_REF" equals only "PRESENT_REF" (not the document
 *       date), "1998-01-08" differs from "1998-01-08T20:00", and a missing predicted value is always wrong.</li>
 * </ul>
 */
public final class TimexScorer {

    private TimexScorer() {
    }

    public static TimexScores score(TimeMlDocument document, List<PredictedTimex> predicted) {
        String text = document.text();
        for (PredictedTimex p : predicted) {
            if (p.end() > text.length()) {
                throw new IllegalArgumentException(document.id() + ": predicted timex " + p.start() + ".." + p.end()
                        + " ends after the text (length " + text.length() + ")");
            }
        }
        List<GoldTimex> gold = document.timexes();
        List<Matching.Pair> overlap = Matching.greedy(gold.size(), predicted.size(),
                (g, p) -> sharedCharacters(gold.get(g), predicted.get(p)));
        List<Matching.Pair> strict = Matching.greedy(gold.size(), predicted.size(),
                (g, p) -> sameExtent(gold.get(g), predicted.get(p)) ? 1 : 0);
        int valueCorrect = 0;
        int typeCorrect = 0;
        var mismatches = new ArrayList<ValueMismatch>();
        for (Matching.Pair pair : overlap) {
            GoldTimex g = gold.get(pair.gold());
            PredictedTimex p = predicted.get(pair.predicted());
            if (normalize(g.type()).equals(normalize(p.type()))) {
                typeCorrect++;
            }
            if (normalize(g.value()).equals(normalize(p.value()))) {
                valueCorrect++;
            } else {
                mismatches.add(new ValueMismatch(document.id(), g.text(), text.substring(p.start(), p.end()),
                        g.value(), p.value()));
            }
        }
        return new TimexScores(1, new Score(gold.size(), predicted.size(), overlap.size()),
                new Score(gold.size(), predicted.size(), strict.size()), valueCorrect, typeCorrect, mismatches);
    }

    /** Strips surrounding whitespace and upper-cases; null (no value) becomes "", which no gold value equals. */
    static String normalize(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }

    private static int sharedCharacters(GoldTimex g, PredictedTimex p) {
        return Spans.overlap(List.of(new Span(g.start(), g.end())), List.of(new Span(p.start(), p.end())));
    }

    private static boolean sameExtent(GoldTimex g, PredictedTimex p) {
        return g.start() == p.start() && g.end() == p.end();
    }
}
