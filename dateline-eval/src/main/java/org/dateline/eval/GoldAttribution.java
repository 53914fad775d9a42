package org.dateline.eval;

import java.util.List;
import java.util.Objects;

import org.dateline.model.Span;

/**
 * An annotated attribution relation (a quote or reported speech). Each part is a list of [start, end) fragments
 * sorted by start, because brat annotations may be discontinuous; a list is empty when the part was not annotated
 * (attributions without a source, and in rare cases without a cue or content).
 *
 * @param id the brat event id ("E3")
 */
public record GoldAttribution(String id, List<Span> source, List<Span> cue, List<Span> content) {
    public GoldAttribution {
        Objects.requireNonNull(id, "id");
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }

    public boolean hasSource() {
        return !source.isEmpty();
    }
}
