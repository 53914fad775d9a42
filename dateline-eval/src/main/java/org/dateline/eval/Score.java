package org.dateline.eval;

/**
 * Counts behind precision, recall and F1 under a one-to-one matching: {@code matched} pairs out of {@code gold}
 * expected items and {@code predicted} items. A ratio whose denominator is zero is 0 (so a system that predicts
 * nothing has precision 0, not 1).
 */
public record Score(int gold, int predicted, int matched) {
    public static final Score EMPTY = new Score(0, 0, 0);

    public Score {
        if (gold < 0 || predicted < 0 || matched < 0 || matched > gold || matched > predicted) {
            throw new IllegalArgumentException("bad score counts: gold " + gold + ", predicted " + predicted
                    + ", matched " + matched);
        }
    }

    public double precision() {
        return ratio(matched, predicted);
    }

    public double recall() {
        return ratio(matched, gold);
    }

    /** Harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
        return ratio(2L * matched, (long) gold + predicted);
    }

    public Score plus(Score other) {
        return new Score(gold + other.gold, predicted + other.predicted, matched + other.matched);
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
