package org.dateline.eval;

/**
 * Attribution scores summed over texts; see {@link AttributionScorer} for the definitions.
 *
 * @param texts                  how many texts were scored
 * @param goldAttributions       all gold attributions, with or without content
 * @param predictedAttributions  all predicted attributions
 * @param content                content spans, overlap
 * @param contentExact           content spans identical after trimming
 * @param source                 content overlap and source overlap, over attributions that have a source
 * @param sourceExact            content overlap and source identical after trimming
 * @param cue                    cue spans, overlap
 * @param directContent          {@code content} restricted to direct quotes on both sides
 * @param directSource           {@code source} restricted to direct quotes on both sides
 * @param indirectContent        {@code content} restricted to the other attributions
 * @param indirectSource         {@code source} restricted to the other attributions
 * @param mixedContent           {@code content} restricted to indirect attributions whose content holds a quotation
 * @param mixedSource            {@code source} restricted to those
 * @param nominalContent         {@code content} restricted to attributions with a nominal cue
 * @param nominalSource          {@code source} restricted to those
 */
public record AttributionScores(int texts, int goldAttributions, int predictedAttributions, Score content,
                                Score contentExact, Score source, Score sourceExact, Score cue, Score directContent,
                                Score directSource, Score indirectContent, Score indirectSource, Score mixedContent,
                                Score mixedSource, Score nominalContent, Score nominalSource) {

    public static final AttributionScores EMPTY = new AttributionScores(0, 0, 0, Score.EMPTY, Score.EMPTY,
            Score.EMPTY, Score.EMPTY, Score.EMPTY, Score.EMPTY, Score.EMPTY, Score.EMPTY, Score.EMPTY, Score.EMPTY,
            Score.EMPTY, Score.EMPTY, Score.EMPTY);

    public AttributionScores plus(AttributionScores o) {
        return new AttributionScores(texts + o.texts, goldAttributions + o.goldAttributions,
                predictedAttributions + o.predictedAttributions, content.plus(o.content),
                contentExact.plus(o.contentExact), source.plus(o.source), sourceExact.plus(o.sourceExact),
                cue.plus(o.cue), directContent.plus(o.directContent), directSource.plus(o.directSource),
                indirectContent.plus(o.indirectContent), indirectSource.plus(o.indirectSource),
                mixedContent.plus(o.mixedContent), mixedSource.plus(o.mixedSource),
                nominalContent.plus(o.nominalContent), nominalSource.plus(o.nominalSource));
    }

    /** The figures: counts, then precision, recall and F1 of each score. */
    public Report report() {
        return Report.builder()
                .count("texts", texts)
                .count("gold-attributions", goldAttributions)
                .count("gold-with-content", content.gold())
                .count("gold-with-source", source.gold())
                .count("gold-direct", directContent.gold())
                .count("gold-indirect", indirectContent.gold())
                .count("predicted-attributions", predictedAttributions)
                .count("predicted-with-content", content.predicted())
                .count("predicted-with-source", source.predicted())
                .count("predicted-direct", directContent.predicted())
                .count("predicted-indirect", indirectContent.predicted())
                .count("gold-mixed", mixedContent.gold())
                .count("predicted-mixed", mixedContent.predicted())
                .count("gold-nominal", nominalContent.gold())
                .count("predicted-nominal", nominalContent.predicted())
                .score("content", "", content)
                .score("content", "-exact", contentExact)
                .score("source", "", source)
                .score("source", "-exact", sourceExact)
                .score("cue", "", cue)
                .score("direct-content", "", directContent)
                .score("direct-source", "", directSource)
                .score("indirect-content", "", indirectContent)
                .score("indirect-source", "", indirectSource)
                .score("mixed-content", "", mixedContent)
                .score("mixed-source", "", mixedSource)
                .score("nominal-content", "", nominalContent)
                .score("nominal-source", "", nominalSource)
                .build();
    }
}
