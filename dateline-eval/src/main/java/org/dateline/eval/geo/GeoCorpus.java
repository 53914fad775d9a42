package org.dateline.eval.geo;

import java.util.List;
import java.util.Objects;

/**
 * A geoparsing gold set as read by {@link GeoCorpusReader}.
 *
 * @param format    the layout the file was recognised as; says which annotations count as toponyms
 * @param documents the articles in file order
 * @param notes     what the reader worked around (realigned or left-out toponyms, publication times that are no
 *                  ISO dates), in file order
 */
public record GeoCorpus(GeoFormat format, List<GeoDocument> documents, List<ReaderNote> notes) {

    public GeoCorpus {
        Objects.requireNonNull(format, "format");
        documents = List.copyOf(documents);
        notes = List.copyOf(notes);
    }

    /**
     * Annotations left out because their offsets fall outside the article text (GeoWebNews has five, annotated in
     * the title line that its {@code text} element does not contain).
     */
    public int outsideText() {
        return count(ReaderNote.Cause.OUTSIDE_TEXT);
    }

    /** How many notes of a cause the reader made. */
    public int count(ReaderNote.Cause cause) {
        return (int) notes.stream().filter(n -> n.cause() == cause).count();
    }
}
