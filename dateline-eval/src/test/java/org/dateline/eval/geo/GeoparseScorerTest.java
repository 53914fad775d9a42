package org.dateline.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dateline.eval.Report;
import org.dateline.model.Distance;
import org.junit.jupiter.api.Test;

class GeoparseScorerTest {

    /** One degree of longitude on the equator on a sphere of radius 6,371 km. */
    private static final double DEGREE_KM = 6371 * Math.PI / 180;

    @Test
    void haversineGivesKnownDistances() {
        assertEquals(DEGREE_KM, Distance.km(0, 0, 0, 1), 1e-9);
        assertEquals(DEGREE_KM, Distance.km(10, 20, 11, 20), 1e-9);
        assertEquals(6371 * Math.PI, Distance.km(0, 0, 0, 180), 1e-6);
        assertEquals(6371 * Math.PI / 2, Distance.km(90, 0, 0, 123), 1e-6);
        assertEquals(0, Distance.km(51.5, -0.12, 51.5, -0.12), 1e-9);
    }

    @Test
    void aucOfAHandComputedExample() {
        // ln(1 + x) = 0, 1, 2: the trapezoids (0 + 1) / 2 + (1 + 2) / 2 = 2, over (3 - 1) · ln 20039
        double[] errors = {Math.exp(2) - 1, 0, Math.E - 1};
        assertEquals(1 / Math.log(20039), GeoparseScorer.auc(errors), 1e-12);
        assertEquals(0.100955, GeoparseScorer.auc(errors), 1e-6);
        assertEquals(0, GeoparseScorer.auc(new double[] {0, 0}));
        assertEquals(Math.log(20040) / Math.log(20039), GeoparseScorer.auc(new double[] {20039, 20039}), 1e-12);
        assertEquals(Math.log(101) / Math.log(20039), GeoparseScorer.auc(new double[] {100}), 1e-12);
        assertEquals(1, GeoparseScorer.auc(new double[0]));
    }

    @Test
    void recognitionIsOneToOneOverlapAndResolutionCountsMatchedGoldWithCoordinates() {
        List<GoldToponym> gold = List.of(
                gold(0, 5, 0.0, 0.0),
                gold(10, 15, 0.0, 0.0),
                gold(20, 25, 0.0, 0.0),
                gold(30, 35, null, null),
                gold(40, 45, 0.0, 0.0));
        List<PredictedToponym> predicted = List.of(
                new PredictedToponym(0, 5, "a", 0.0, 0.05),     // 5.56 km
                new PredictedToponym(11, 14, "b", 0.0, 1.0),    // partial overlap, 111.19 km
                new PredictedToponym(12, 15, "b2", 0.0, 0.0),   // overlaps the same gold: left unmatched
                new PredictedToponym(20, 25, "c", null, null),  // recognised, unresolved: 20,039 km
                new PredictedToponym(30, 35, "d", 10.0, 10.0),  // gold without coordinates: recognition only
                new PredictedToponym(50, 55, "e", 1.0, 1.0));   // spurious

        GeoparseScores scores = GeoparseScorer.score("doc", gold, predicted);
        Report report = scores.report();

        assertEquals(5, report.value("gold-toponyms"));
        assertEquals(6, report.value("predicted-toponyms"));
        assertEquals(4.0 / 6, report.value("recognition-precision"), 1e-12);
        assertEquals(4.0 / 5, report.value("recognition-recall"), 1e-12);
        assertEquals(8.0 / 11, report.value("recognition-f1"), 1e-12);
        assertEquals(3, report.value("resolved"));
        assertEquals(1, report.value("unresolved"));
        assertEquals(2.0 / 3, report.value("acc161"), 1e-12);
        assertEquals(1.0 / 3, report.value("acc10"), 1e-12);
        assertEquals(DEGREE_KM, report.value("median-km"), 1e-9);
        double[] y = {Math.log(1 + 0.05 * DEGREE_KM), Math.log(1 + DEGREE_KM), Math.log(1 + 20039)};
        double expectedAuc = ((y[0] + y[1]) / 2 + (y[1] + y[2]) / 2) / (2 * Math.log(20039));
        assertEquals(expectedAuc, report.value("auc"), 1e-12);
        assertEquals(List.of("a", "b", "c"), scores.resolutions().stream().map(r -> r.predicted().name()).toList());
        assertEquals(0.05 * DEGREE_KM, scores.resolutions().get(0).km(), 1e-9);
        assertEquals(20039, scores.resolutions().get(2).km());
    }

    @Test
    void theHeaviestOverlapWinsAndTheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        List<GoldToponym> gold = List.of(gold(0, 10, 0.0, 0.0), gold(20, 30, 0.0, 0.0));
        List<PredictedToponym> predicted = List.of(
                new PredictedToponym(8, 22, "across both", 0.0, 3.0),
                new PredictedToponym(0, 9, "first", 0.0, 1.0),
                new PredictedToponym(21, 30, "second", 0.0, 2.0));

        GeoparseScores scores = GeoparseScorer.score("doc", gold, predicted);

        assertEquals(List.of("first", "second"), scores.resolutions().stream().map(r -> r.predicted().name())
                .toList());
        assertEquals(1.5 * DEGREE_KM, scores.medianKm(), 1e-9);
    }

    @Test
    void nothingResolvedIsTheWorstNotAPerfectScore() {
        Report report = GeoparseScorer.score("doc", List.of(gold(0, 5, 1.0, 1.0)), List.of()).report();
        assertEquals(0, report.value("resolved"));
        assertEquals(0, report.value("acc161"));
        assertEquals(20039, report.value("median-km"));
        assertEquals(1, report.value("auc"));
    }

    private static GoldToponym gold(int start, int end, Double lat, Double lon) {
        return new GoldToponym(start, end, "x".repeat(end - start), lat, lon, null, null);
    }
}
