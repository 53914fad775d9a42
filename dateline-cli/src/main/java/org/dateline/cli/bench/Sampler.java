package org.dateline.cli.bench;

import java.util.Arrays;
import java.util.Random;

/** Draws indexes 0..n-1 with fixed relative weights: a Zipf law or given weights. Immutable. */
final class Sampler {
    private final double[] cumulative;

    private Sampler(double[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("nothing to draw from");
        }
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0)) {
                throw new IllegalArgumentException("weight " + i + " is " + weights[i] + ", must be 0 or more");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the weights add up to " + sum);
        }
    }

    /** Index {@code k} (0-based) with weight {@code 1 / (k + 1)^exponent}. */
    static Sampler zipf(int n, double exponent) {
        double[] weights = new double[n];
        for (int k = 0; k < n; k++) {
            weights[k] = 1 / Math.pow(k + 1, exponent);
        }
        return new Sampler(weights);
    }

    static Sampler weighted(double... weights) {
        return new Sampler(weights.clone());
    }

    int size() {
        return cumulative.length;
    }

    int next(Random random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        int index = i >= 0 ? i + 1 : -i - 1;
        return Math.min(index, cumulative.length - 1);
    }
}
