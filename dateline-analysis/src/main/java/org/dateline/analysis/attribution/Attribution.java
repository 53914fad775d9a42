package org.dateline.analysis.attribution;

/**
 * One attribution found in a parse, as token indices (inclusive ranges; -1 where absent).
 *
 * @param cue          the cue token ("said", "according")
 * @param sourceHead   head token of the source phrase, or -1
 * @param contentHead  head token of the content clause, or -1
 * @param inherited    the source is the subject of a governing verb ("..., adding that ...")
 */
public record Attribution(int cue, ReportingVerbs.Kind kind, int sourceFirst, int sourceLast, int sourceHead,
                          int contentFirst, int contentLast, int contentHead, boolean inherited) {

    public boolean hasSource() {
        return sourceHead >= 0;
    }

    public boolean hasContent() {
        return contentFirst >= 0;
    }
}
