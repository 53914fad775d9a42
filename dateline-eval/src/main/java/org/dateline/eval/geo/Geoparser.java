package org.dateline.eval.geo;

import java.util.List;

/**
 * A system under evaluation: finds toponyms in a document and resolves them to coordinates.
 *
 * <p>Implementations must be thread-safe: {@link GeoparseEvaluation} calls one instance on several documents at
 * once. They see the document without its annotations ({@link GeoDocument#withoutToponyms()}), and gold spans only
 * through {@code goldSpans}, stripped of coordinates, type and GeoNames id ({@link GoldToponym#spanOnly()}).
 */
@FunctionalInterface
public interface Geoparser {

    /**
     * @param doc       the document: id, text and date; its toponym list is empty
     * @param goldSpans null for an end-to-end run (find the toponyms, then resolve them); otherwise the gold
     *                  toponyms to resolve, spans and phrases only, in text order
     * @return the toponyms found, with offsets into {@code doc.text()}; coordinates null where unresolved; never null
     */
    List<PredictedToponym> parse(GeoDocument doc, List<GoldToponym> goldSpans);
}
