package org.dateline.analysis.attribution;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A binary logistic-regression model: one weight per feature (the intercept under the feature {@code BIAS}); an item's
 * probability is {@code 1 / (1 + exp(-sum))} over the weights of the features it has. Immutable.
 */
public record LinearScorer(String name, Map<String, Double> weights) {
    public static final String BIAS = "BIAS";

    public LinearScorer {
        Objects.requireNonNull(name, "name");
        weights = Map.copyOf(weights);
        for (var e : weights.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException(name + ": weight of " + e.getKey() + " is " + e.getValue());
            }
        }
    }

    /** The sum of the weights of the features (each counted as often as given) and the intercept. */
    public double score(Collection<String> features) {
        double sum = weights.getOrDefault(BIAS, 0.0);
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                sum += w;
            }
        }
        return sum;
    }

    /** The model's probability that an item with these features is positive. */
    public double probability(Collection<String> features) {
        return 1 / (1 + Math.exp(-score(features)));
    }
}
