package org.dateline.analysis.attribution;

import java.util.List;

/**
 * Something the attribution model scores: a cue token, or a token range that may be a cue's content or source.
 *
 * @param first    first token of the range, or -1 for the "no source" candidate
 * @param last     last token (inclusive), or -1
 * @param head     the token that heads the range (the cue token itself for cues), or -1
 * @param kind     how the candidate was found ("child:ccomp", "quote:after", "nsubj", "none")
 * @param features the names the model weighs, each once
 */
public record Candidate(int first, int last, int head, String kind, List<String> features) {
    public Candidate {
        features = List.copyOf(features);
    }

    public boolean isNone() {
        return first < 0;
    }
}
