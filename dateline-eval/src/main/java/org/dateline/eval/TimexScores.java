package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Temporal-expression scores summed over documents.
 *
 * @param documents      how many documents were scored
 * @param extent         one-to-one matching where any overlap counts (greedy by largest overlap)
 * @param strict         one-to-one matching where only identical offsets count
 * @param valueCorrect   pairs of {@code extent} whose normalised values are equal
 * @param typeCorrect    pairs of {@code extent} whose normalised types are equal
 * @param valueMismatches the pairs of {@code extent} whose values differ
 */
public record TimexScores(int documents, Score extent, Score strict, int valueCorrect, int typeCorrect,
                          List<ValueMismatch> valueMismatches) {
    public static final TimexScores EMPTY = new TimexScores(0, Score.EMPTY, Score.EMPTY, 0, 0, List.of());

    public TimexScores {
        valueMismatches = List.copyOf(valueMismatches);
        if (valueCorrect > extent.matched() || typeCorrect > extent.matched()) {
            throw new IllegalArgumentException("more correct values or types than matched expressions");
        }
    }

    /** Share of the overlap-matched gold expressions whose predicted value equals the gold value. */
    public double valueAccuracy() {
        return Score.ratio(valueCorrect, extent.matched());
    }

    /** Share of the overlap-matched gold expressions whose predicted type equals the gold type. */
    public double typeAccuracy() {
        return Score.ratio(typeCorrect, extent.matched());
    }

    public TimexScores plus(TimexScores other) {
        var mismatches = new ArrayList<>(valueMismatches);
        mismatches.addAll(other.valueMismatches);
        return new TimexScores(documents + other.documents, extent.plus(other.extent), strict.plus(other.strict),
                valueCorrect + other.valueCorrect, typeCorrect + other.typeCorrect, mismatches);
    }

    /** The figures, then one detail line per value mismatch. */
    public Report report() {
        var report = Report.builder()
                .count("documents", documents)
                .count("gold-timexes", extent.gold())
                .count("predicted-timexes", extent.predicted())
                .count("matched-timexes", extent.matched())
                .count("matched-timexes-strict", strict.matched())
                .score("extent", "", extent)
                .score("extent", "-strict", strict)
                .ratio("value-accuracy", valueAccuracy())
                .ratio("type-accuracy", typeAccuracy());
        for (ValueMismatch mismatch : valueMismatches) {
            report.detail("value-mismatch " + mismatch.describe());
        }
        return report.build();
    }
}
