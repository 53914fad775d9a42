package org.dateline.eval.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.dateline.eval.Score;
import org.dateline.model.Distance;

/**
 * Scores one document's predicted toponyms against its gold toponyms.
 *
 * <ul>
 *   <li>Recognition: gold and predicted toponyms are paired one-to-one, greedily by the number of characters they
 *       share (largest first; ties to the earlier gold, then the earlier prediction); any shared character makes a
 *       candidate pair.</li>
 *   <li>Resolution: every pair whose gold toponym has coordinates gives one {@link ResolutionError}: the
 *       great-circle distance (haversine, Earth radius 6,371 km) from the predicted to the gold coordinates, or
 *       {@link #MAX_ERROR_KM} when the prediction has none.</li>
 * </ul>
 */
public final class GeoparseScorer {

    /** The error given to an unresolved toponym, and the scale of {@link #auc}: Gritta et al.'s 20,039 km. */
    public static final double MAX_ERROR_KM = 20039;

    private record Candidate(int gold, int predicted, int shared) {
    }

    private GeoparseScorer() {
    }

    /**
     * @param gold      the document's gold toponyms that count ({@link GeoFormat#counts})
     * @param predicted what the geoparser returned for it
     */
    public static GeoparseScores score(String documentId, List<GoldToponym> gold, List<PredictedToponym> predicted) {
        var candidates = new ArrayList<Candidate>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                int shared = Math.min(gold.get(g).end(), predicted.get(p).end())
                        - Math.max(gold.get(g).start(), predicted.get(p).start());
                if (shared > 0) {
                    candidates.add(new Candidate(g, p, shared));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::shared).reversed()
                .thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::predicted));
        var matchedPrediction = new int[gold.size()];
        Arrays.fill(matchedPrediction, -1);
        var predictionTaken = new boolean[predicted.size()];
        int matched = 0;
        for (Candidate c : candidates) {
            if (matchedPrediction[c.gold()] < 0 && !predictionTaken[c.predicted()]) {
                matchedPrediction[c.gold()] = c.predicted();
                predictionTaken[c.predicted()] = true;
                matched++;
            }
        }
        var errors = new ArrayList<ResolutionError>();
        for (int g = 0; g < gold.size(); g++) {
            GoldToponym toponym = gold.get(g);
            if (matchedPrediction[g] >= 0 && toponym.hasCoordinates()) {
                PredictedToponym prediction = predicted.get(matchedPrediction[g]);
                double km = prediction.resolved()
                        ? Distance.km(toponym.lat(), toponym.lon(), prediction.lat(), prediction.lon())
                        : MAX_ERROR_KM;
                errors.add(new ResolutionError(documentId, toponym, prediction, km));
            }
        }
        return new GeoparseScores(1, new Score(gold.size(), predicted.size(), matched), errors);
    }

    /**
     * The area under the curve of log errors, as defined by Gritta, Pilehvar, Limsopatham and Collier, "What's
     * missing in geographical parsing?" (Language Resources and Evaluation 52, 2018, doi:10.1007/s10579-017-9385-8)
     * and used again in Gritta, Pilehvar and Collier, "Which Melbourne? Augmenting Geocoding with Maps" (ACL 2018):
     * {@code AUC = ∫_0^dim(x) ln(x) dx / (dim(x) · ln 20039)} over the errors {@code x} in kilometres sorted from
     * smallest to largest. This follows their reference implementation ({@code print_stats} in {@code
     * preprocessing.py} of milangritta/Geocoding-with-Map-Vector): the curve is {@code y_i = ln(1 + x_i)} (so an
     * exact hit is 0, not minus infinity), integrated by the trapezoidal rule with unit steps and divided by
     * {@code (N - 1) · ln 20039}:
     * <pre>AUC = Σ_{i=1}^{N-1} (y_i + y_{i+1}) / 2 / ((N - 1) · ln 20039)</pre>
     * 0 is perfect, about 1 is every toponym on the far side of the Earth; lower is better. A single error gives
     * {@code y_1 / ln 20039}, the limit of a constant curve; no errors give 1, the worst.
     *
     * @param errorsKm the errors in kilometres, in any order
     */
    public static double auc(double[] errorsKm) {
        if (errorsKm.length == 0) {
            return 1;
        }
        double[] y = Arrays.stream(errorsKm).sorted().map(km -> Math.log1p(km)).toArray();
        if (y.length == 1) {
            return y[0] / Math.log(MAX_ERROR_KM);
        }
        double area = 0;
        for (int i = 0; i + 1 < y.length; i++) {
            area += (y[i] + y[i + 1]) / 2;
        }
        return area / ((y.length - 1) * Math.log(MAX_ERROR_KM));
    }
}
