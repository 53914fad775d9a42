package org.dateline.eval.geo;

import java.util.List;
import java.util.Objects;

/**
 * A geoparsing gold set as read by {@link GeoCorpusReader}.
 *
 * @param format      the layout the file was recognised as; says which annotations count as toponyms
 * @param documents   the articles in file order
 * @param outsideText annotations left out because their offsets fall outside the article text (GeoWebNews has
 *                    five, annotated in the title line that its {@code text} element does not contain)
 */
public record GeoCorpus(GeoFormat format, List<GeoDocument> documents, int outsideText) {

    public GeoCorpus {
        Objects.requireNonNull(format, "format");
        documents = List.copyOf(documents);
        if (outsideText < 0) {
            throw new IllegalArgumentException("negative count of annotations outside the text: " + outsideText);
        }
    }
}
