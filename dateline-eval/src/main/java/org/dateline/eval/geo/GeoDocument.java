package org.dateline.eval.geo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article of a geoparsing gold set.
 *
 * @param id        the article's id in its file (LGL/TR-News {@code docid}, GeoWebNews {@code file})
 * @param text      the article text that the toponym offsets point into
 * @param date      the publication (download) date, or null when the corpus gives none (GeoWebNews)
 * @param toponyms  the annotated toponyms in file order, all inside the text
 */
public record GeoDocument(String id, String text, LocalDate date, List<GoldToponym> toponyms) {

    public GeoDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        toponyms = List.copyOf(toponyms);
        for (GoldToponym toponym : toponyms) {
            if (toponym.end() > text.length()) {
                throw new IllegalArgumentException("document " + id + ": toponym '" + toponym.phrase() + "' at "
                        + toponym.start() + ".." + toponym.end() + " ends after the text (length " + text.length()
                        + ")");
            }
        }
    }

    /** The same document without its annotations: what a geoparser may see. */
    public GeoDocument withoutToponyms() {
        return new GeoDocument(id, text, date, List.of());
    }
}
