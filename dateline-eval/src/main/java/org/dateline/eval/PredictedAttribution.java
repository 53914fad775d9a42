package org.dateline.eval;

import java.util.List;

import org.dateline.model.Span;

/**
 * An attribution found by the system under evaluation; each part is a list of fragments (usually one), empty
 * when the system found no such part (a quote without a known speaker has an empty {@code source}).
 */
public record PredictedAttribution(List<Span> source, List<Span> cue, List<Span> content) {
    public PredictedAttribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }
}
