package org.dateline.model;

/**
 * Reported speech that is not a direct quote: "Ukraine said its troops have marched farther east".
 *
 * @param source      id of the source entity, or null when the source is not an entity
 * @param sourceName  the source as written ("Ukraine's armed forces")
 * @param sourceSpan  where the source stands
 * @param cue         the verb of saying, lemmatised
 * @param content     the reported content
 * @param contentSpan where the content stands
 * @param date        normalised value of the time stated for the utterance, or null
 * @param start       start of the whole attribution (source, cue and content)
 */
public record Claim(String id, String source, String sourceName, Span sourceSpan, String cue, Span cueSpan,
                    String content, Span contentSpan, String date, int start, int end, int sentence)
        implements Evidence {
}
