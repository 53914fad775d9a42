package org.dateline.model;

/** A part of an item's evidence, such as the cue verb of a quote: character offsets into the article text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
