package org.dateline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * One-to-one matching of gold items to predicted items, greedy by weight: among all pairs with a positive weight
 * (for example the number of characters two spans share), the heaviest pair is taken first, then the heaviest
 * pair of two still free items, and so on. Ties go to the lower gold index, then the lower predicted index, so
 * the result is deterministic. Pairs are returned in gold order.
 */
final class Matching {

    /** A matched pair of indices into the gold and predicted lists. */
    record Pair(int gold, int predicted) {
    }

    private record Candidate(int gold, int predicted, int weight) {
    }

    private Matching() {
    }

    static List<Pair> greedy(int goldCount, int predictedCount, IntBinaryOperator weight) {
        var candidates = new ArrayList<Candidate>();
        for (int g = 0; g < goldCount; g++) {
            for (int p = 0; p < predictedCount; p++) {
                int w = weight.applyAsInt(g, p);
                if (w > 0) {
                    candidates.add(new Candidate(g, p, w));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::weight).reversed()
                .thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::predicted));
        boolean[] goldTaken = new boolean[goldCount];
        boolean[] predictedTaken = new boolean[predictedCount];
        var pairs = new ArrayList<Pair>();
        for (Candidate c : candidates) {
            if (!goldTaken[c.gold()] && !predictedTaken[c.predicted()]) {
                goldTaken[c.gold()] = true;
                predictedTaken[c.predicted()] = true;
                pairs.add(new Pair(c.gold(), c.predicted()));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return List.copyOf(pairs);
    }
}
