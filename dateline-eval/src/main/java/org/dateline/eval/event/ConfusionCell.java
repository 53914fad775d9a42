package org.dateline.eval.event;

import java.util.Comparator;
import java.util.Objects;

/** How many items of gold label {@code gold} were predicted as {@code predicted}; never zero. */
public record ConfusionCell(String gold, String predicted, int count) {
    /** Most frequent first, then by gold label, then by predicted label. */
    public static final Comparator<ConfusionCell> BY_COUNT = Comparator.comparingInt(ConfusionCell::count).reversed()
            .thenComparing(ConfusionCell::gold)
            .thenComparing(ConfusionCell::predicted);

    public ConfusionCell {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        if (count < 1) {
            throw new IllegalArgumentException("confusion cell " + gold + " -> " + predicted + " with count " + count);
        }
    }

    public boolean diagonal() {
        return gold.equals(predicted);
    }
}
