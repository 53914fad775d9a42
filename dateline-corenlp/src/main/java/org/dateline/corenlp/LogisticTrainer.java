package org.dateline.corenlp;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Trains a binary logistic-regression model with CoreNLP's {@code LinearClassifierFactory} (quasi-Newton, Gaussian
 * prior) and gives its weights as one number per feature: the positive class's weight less the negative class's, so
 * that the model's probability is {@code 1 / (1 + exp(-sum))} over the features an item has. Every item also has
 * the feature {@link #BIAS}, which carries the intercept. Dateline scores such weights without CoreNLP.
 */
public final class LogisticTrainer {
    /** The feature every example has: the intercept. */
    public static final String BIAS = "BIAS";
    private static final String YES = "T";
    private static final String NO = "F";

    /** One labelled item: its features (binary, each counted once) and whether it is a positive example. */
    public record Example(List<String> features, boolean positive) {
        public Example {
            features = List.copyOf(features);
        }
    }

    private final double sigma;
    private final int minCount;
    private final double minWeight;

    /**
     * @param sigma     standard deviation of the Gaussian prior (smaller: stronger regularisation)
     * @param minCount  features seen in fewer examples are left out
     * @param minWeight weights smaller than this in absolute value are left out of the result
     */
    public LogisticTrainer(double sigma, int minCount, double minWeight) {
        if (!(sigma > 0) || minCount < 1 || minWeight < 0) {
            throw new IllegalArgumentException("sigma must be > 0, minCount >= 1, minWeight >= 0; got " + sigma + ", "
                    + minCount + ", " + minWeight);
        }
        this.sigma = sigma;
        this.minCount = minCount;
        this.minWeight = minWeight;
    }

    /** The feature weights, sorted by feature; examples of a single class give a model of the bias alone. */
    public Map<String, Double> train(List<Example> examples) {
        Objects.requireNonNull(examples, "examples");
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples to train on");
        }
        boolean anyPositive = examples.stream().anyMatch(Example::positive);
        boolean anyNegative = examples.stream().anyMatch(e -> !e.positive());
        Map<String, Double> out = new TreeMap<>();
        if (!anyPositive || !anyNegative) {
            out.put(BIAS, anyPositive ? 10.0 : -10.0);
            return out;
        }
        Dataset<String, String> data = new Dataset<>(examples.size());
        for (Example e : examples) {
            List<String> f = new ArrayList<>(e.features().size() + 1);
            f.add(BIAS);
            f.addAll(e.features());
            data.add(new BasicDatum<>(f, e.positive() ? YES : NO));
        }
        if (minCount > 1) {
            data.applyFeatureCountThreshold(minCount);
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(data);
        for (String feature : classifier.features()) {
            double w = classifier.weight(feature, YES) - classifier.weight(feature, NO);
            if (Math.abs(w) >= minWeight || feature.equals(BIAS)) {
                out.put(feature, w);
            }
        }
        return out;
    }
}
