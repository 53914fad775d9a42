package org.dateline.eval.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dateline.eval.Report;
import org.dateline.eval.Score;

/**
 * Geoparsing scores summed over documents.
 *
 * @param documents   how many documents were scored
 * @param recognition one-to-one overlap matching of gold and predicted toponyms
 * @param resolutions one error per recognised gold toponym with coordinates, in document and gold order
 */
public record GeoparseScores(int documents, Score recognition, List<ResolutionError> resolutions) {
    public static final GeoparseScores EMPTY = new GeoparseScores(0, Score.EMPTY, List.of());

    public GeoparseScores {
        resolutions = List.copyOf(resolutions);
        if (resolutions.size() > recognition.matched()) {
            throw new IllegalArgumentException("more resolved than recognised toponyms");
        }
    }

    public GeoparseScores plus(GeoparseScores other) {
        var all = new ArrayList<>(resolutions);
        all.addAll(other.resolutions);
        return new GeoparseScores(documents + other.documents, recognition.plus(other.recognition), all);
    }

    /** Share of the resolved toponyms whose error is at most {@code km}; 0 when none was resolved. */
    public double accuracyWithin(double km) {
        long within = resolutions.stream().filter(r -> r.km() <= km).count();
        return resolutions.isEmpty() ? 0 : (double) within / resolutions.size();
    }

    /** The median error in km (the mean of the middle two for an even count); the maximum error when none. */
    public double medianKm() {
        double[] km = errorsKm();
        if (km.length == 0) {
            return GeoparseScorer.MAX_ERROR_KM;
        }
        Arrays.sort(km);
        int middle = km.length / 2;
        return km.length % 2 == 1 ? km[middle] : (km[middle - 1] + km[middle]) / 2;
    }

    /** {@link GeoparseScorer#auc} of the errors. */
    public double auc() {
        return GeoparseScorer.auc(errorsKm());
    }

    /**
     * The figures: {@code documents}; {@code gold-toponyms} and {@code predicted-toponyms}; {@code recognition-*}
     * precision, recall and F1; {@code resolved}, the recognised gold toponyms with coordinates that the resolution
     * figures are over, and {@code unresolved}, how many of them the geoparser gave no coordinates (each counted at
     * 20,039 km); {@code acc161} and {@code acc10}, the share of those within 161 and 10 km; {@code median-km}, in
     * km with three decimals; {@code auc} ({@link GeoparseScorer#auc}; lower is better).
     */
    public Report report() {
        return Report.builder()
                .count("documents", documents)
                .count("gold-toponyms", recognition.gold())
                .count("predicted-toponyms", recognition.predicted())
                .score("recognition", "", recognition)
                .count("resolved", resolutions.size())
                .count("unresolved", resolutions.stream().filter(r -> !r.predicted().resolved()).count())
                .ratio("acc161", accuracyWithin(161))
                .ratio("acc10", accuracyWithin(10))
                .ratio("median-km", medianKm())
                .ratio("auc", auc())
                .build();
    }

    private double[] errorsKm() {
        return resolutions.stream().mapToDouble(ResolutionError::km).toArray();
    }
}
