package org.dateline.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.dateline.model.Span;

/**
 * One PolNeAR text with the attributions of one annotator.
 *
 * @param name         the file name without ".txt"
 * @param annotator    the annotator id taken from the {@code .ann} file name
 * @param published    the publication date from metadata.tsv
 * @param text         the article text; span offsets point into it
 * @param attributions the gold attributions in the order of the annotation file
 */
public record PolnearText(String name, String annotator, LocalDate published, String text,
                          List<GoldAttribution> attributions) {
    public PolnearText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
        for (GoldAttribution a : attributions) {
            for (List<Span> part : List.of(a.source(), a.cue(), a.content())) {
                Spans.checkInside(part, text, name + " " + a.id());
            }
        }
    }
}
