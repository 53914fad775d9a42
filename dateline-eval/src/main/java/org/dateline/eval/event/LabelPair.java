package org.dateline.eval.event;

import java.util.Objects;

/** The gold label of one item and the label a system predicted for it. */
public record LabelPair(String gold, String predicted) {

    public LabelPair {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
    }

    public boolean correct() {
        return gold.equals(predicted);
    }
}
