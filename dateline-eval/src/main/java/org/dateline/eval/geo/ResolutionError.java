package org.dateline.eval.geo;

import java.util.Locale;
import java.util.Objects;

/**
 * How far one recognised gold toponym was resolved from its gold coordinates.
 *
 * @param documentId the document it is in
 * @param gold       the gold toponym; it has coordinates
 * @param predicted  the prediction matched to it
 * @param km         great-circle distance in kilometres, or {@link GeoparseScorer#MAX_ERROR_KM} when the prediction
 *                   has no coordinates
 */
public record ResolutionError(String documentId, GoldToponym gold, PredictedToponym predicted, double km) {

    static final String TSV_HEADER = "doc\tstart\tend\tphrase\tgold_lat\tgold_lon\tpredicted_name\tpredicted_lat"
            + "\tpredicted_lon\tkm\tcause\tline";

    public ResolutionError {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(predicted, "predicted");
        if (!gold.hasCoordinates()) {
            throw new IllegalArgumentException("gold toponym '" + gold.phrase() + "' has no coordinates");
        }
        if (!(km >= 0)) {
            throw new IllegalArgumentException("bad distance " + km + " km");
        }
    }

    /**
     * One line of the error file, columns as {@link #TSV_HEADER}; an unresolved prediction has empty coordinates;
     * the line column is for reader notes and stays empty.
     */
    String tsvRow(ResolutionCause cause) {
        return String.join("\t", cell(documentId), Integer.toString(gold.start()), Integer.toString(gold.end()),
                cell(gold.phrase()), gold.lat().toString(), gold.lon().toString(), cell(predicted.name()),
                predicted.resolved() ? predicted.lat().toString() : "",
                predicted.resolved() ? predicted.lon().toString() : "",
                String.format(Locale.ROOT, "%.3f", km), cause.label(), "");
    }

    /** A reader note as a line of the error file: the document, the cause and the gold file's line. */
    static String tsvRow(ReaderNote note) {
        return String.join("\t", cell(note.document() == null ? "" : note.document()), "", "", cell(note.message()),
                "", "", "", "", "", "", note.cause().label(), Integer.toString(note.line()));
    }

    /** Tabs and line breaks inside a value become spaces so that each row stays one line of fixed columns. */
    private static String cell(String value) {
        return value.replaceAll("[\\t\\r\\n]", " ");
    }
}
