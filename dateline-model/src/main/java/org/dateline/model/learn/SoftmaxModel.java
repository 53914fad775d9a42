package org.dateline.model.learn;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A multi-class linear classifier over a dense vector (a softmax regression): one weight vector and bias per label.
 * Immutable and thread-safe.
 *
 * @param labels  the classes
 * @param weights {@code weights[k]} is the weight vector of {@code labels.get(k)}
 * @param bias    {@code bias[k]} is the bias of {@code labels.get(k)}
 */
public record SoftmaxModel(List<String> labels, double[][] weights, double[] bias) {

    public SoftmaxModel {
        labels = List.copyOf(labels);
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(bias, "bias");
        if (labels.size() < 2 || weights.length != labels.size() || bias.length != labels.size()) {
            throw new IllegalArgumentException("a model needs two labels or more, one weight vector and one bias each");
        }
        int dimension = weights[0].length;
        for (double[] w : weights) {
            if (w.length != dimension) {
                throw new IllegalArgumentException("weight vectors differ in length: " + w.length + " and " + dimension);
            }
        }
        weights = Arrays.stream(weights).map(double[]::clone).toArray(double[][]::new);
        bias = bias.clone();
    }

    public int dimension() {
        return weights[0].length;
    }

    /** The probability of each label, in the order of {@link #labels()}. */
    public double[] probabilities(float[] x) {
        if (x.length != dimension()) {
            throw new IllegalArgumentException("expected a vector of " + dimension() + ", got " + x.length);
        }
        double[] score = new double[labels.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < score.length; k++) {
            double s = bias[k];
            for (int i = 0; i < x.length; i++) {
                s += weights[k][i] * x[i];
            }
            score[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < score.length; k++) {
            score[k] = Math.exp(score[k] - max);
            sum += score[k];
        }
        for (int k = 0; k < score.length; k++) {
            score[k] /= sum;
        }
        return score;
    }

    /** The probability of one label. */
    public double probability(float[] x, String label) {
        int k = labels.indexOf(label);
        if (k < 0) {
            throw new IllegalArgumentException("unknown label " + label + " (labels: " + labels + ")");
        }
        return probabilities(x)[k];
    }

    /** The most probable label. */
    public String best(float[] x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return labels.get(best);
    }
}
