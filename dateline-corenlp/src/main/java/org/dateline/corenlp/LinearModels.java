package org.dateline.corenlp;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.learn.SoftmaxModel;

/**
 * Trains a {@link SoftmaxModel} over dense vectors with CoreNLP's maximum-entropy classifier (its
 * {@code LinearClassifierFactory}, quasi-Newton with a Gaussian prior), so that Dateline trains with the field's
 * library and runs the result without it.
 */
public final class LinearModels {
    private static final String BIAS = "bias";

    private LinearModels() {
    }

    /**
     * @param vectors one vector per example, all of one length
     * @param labels  one label per example
     * @param sigma   the Gaussian prior's sigma: smaller fits less closely
     */
    public static SoftmaxModel train(List<float[]> vectors, List<String> labels, double sigma) {
        if (vectors.size() != labels.size() || vectors.isEmpty()) {
            throw new IllegalArgumentException("one label per vector, and at least one of each");
        }
        int dimension = vectors.get(0).length;
        RVFDataset<String, String> data = new RVFDataset<>();
        for (int n = 0; n < vectors.size(); n++) {
            float[] x = vectors.get(n);
            if (x.length != dimension) {
                throw new IllegalArgumentException("vector " + n + " has " + x.length + " numbers, not " + dimension);
            }
            Counter<String> features = new ClassicCounter<>();
            for (int i = 0; i < x.length; i++) {
                features.setCount(feature(i), x[i]);
            }
            features.setCount(BIAS, 1.0);
            data.add(new RVFDatum<>(features, labels.get(n)));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(data);
        List<String> classes = new ArrayList<>(classifier.labels());
        classes.sort(null);
        Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
        double[][] weights = new double[classes.size()][dimension];
        double[] bias = new double[classes.size()];
        for (int k = 0; k < classes.size(); k++) {
            Counter<String> w = byLabel.get(classes.get(k));
            for (int i = 0; i < dimension; i++) {
                weights[k][i] = w.getCount(feature(i));
            }
            bias[k] = w.getCount(BIAS);
        }
        return new SoftmaxModel(classes, weights, bias);
    }

    private static String feature(int i) {
        return "e" + i;
    }
}
