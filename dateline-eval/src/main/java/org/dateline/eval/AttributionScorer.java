package org.dateline.eval;

import java.util.List;
import java.util.function.Predicate;

import org.dateline.model.Span;

/**
 * Scores predicted attributions of one text against the gold ones. Every score pairs gold and predicted
 * attributions one-to-one, greedily by the number of content characters they share (largest first, ties to
 * the earlier gold, then the earlier prediction); P = matched / predicted, R = matched / gold, and a ratio over
 * nothing is 0. Parts may be discontinuous; overlap is counted over all fragments.
 *
 * <ul>
 *   <li>content: over attributions that have content; a pair is a candidate when the contents overlap.</li>
 *   <li>content-exact: the contents are identical after {@linkplain Spans#trim trimming} whitespace and
 *       punctuation (quotation marks included) at the ends of each fragment.</li>
 *   <li>source: over attributions that have a source; a candidate pair has overlapping contents AND
 *       overlapping sources (a matching of its own: right content with a wrong source scores nothing).</li>
 *   <li>source-exact: as source, but the sources must be identical after trimming.</li>
 *   <li>cue: over attributions that have a cue; paired by cue overlap alone.</li>
 *   <li>direct- and indirect-: content and source computed separately on the direct quotes and on the rest, where
 *       both gold and predicted attributions are classed by {@link #isDirect}.</li>
 * </ul>
 */
public final class AttributionScorer {

    /** Characters that open a quotation: “ ” " ‘ ' « „ (” and ' because texts use them as opening marks too). */
    static final String OPENING_MARKS = "\u201C\u201D\"\u2018'\u00AB\u201E";

    private AttributionScorer() {
    }

    /** The parts of an attribution in the form the scores need. */
    private record Item(List<Span> source, List<Span> cue, List<Span> content, List<Span> trimmedSource,
                        List<Span> trimmedContent, boolean direct) {
        static Item of(List<Span> source, List<Span> cue, List<Span> content, String text) {
            return new Item(Spans.normalize(source), Spans.normalize(cue), Spans.normalize(content),
                    Spans.trim(source, text), Spans.trim(content, text), isDirect(text, content));
        }
    }

    private interface Weight {
        int of(Item gold, Item predicted);
    }

    public static AttributionScores score(String text, List<GoldAttribution> gold,
                                          List<PredictedAttribution> predicted) {
        for (PredictedAttribution p : predicted) {
            Spans.checkInside(p.source(), text, "predicted source");
            Spans.checkInside(p.cue(), text, "predicted cue");
            Spans.checkInside(p.content(), text, "predicted content");
        }
        List<Item> g = gold.stream().map(a -> Item.of(a.source(), a.cue(), a.content(), text)).toList();
        List<Item> p = predicted.stream().map(a -> Item.of(a.source(), a.cue(), a.content(), text)).toList();

        Predicate<Item> hasContent = item -> !item.content().isEmpty();
        Predicate<Item> hasSource = item -> !item.source().isEmpty();
        Predicate<Item> hasCue = item -> !item.cue().isEmpty();
        Predicate<Item> direct = Item::direct;
        Predicate<Item> indirect = direct.negate();

        Weight contentOverlap = (a, b) -> Spans.overlap(a.content(), b.content());
        Weight contentExact = (a, b) -> !a.trimmedContent().isEmpty()
                && a.trimmedContent().equals(b.trimmedContent()) ? Spans.length(a.trimmedContent()) : 0;
        Weight sourceOverlap = (a, b) -> Spans.overlap(a.source(), b.source()) > 0 ? contentOverlap.of(a, b) : 0;
        Weight sourceExact = (a, b) -> !a.trimmedSource().isEmpty()
                && a.trimmedSource().equals(b.trimmedSource()) ? contentOverlap.of(a, b) : 0;
        Weight cueOverlap = (a, b) -> Spans.overlap(a.cue(), b.cue());

        return new AttributionScores(1, gold.size(), predicted.size(),
                match(g, p, hasContent, contentOverlap),
                match(g, p, hasContent, contentExact),
                match(g, p, hasSource, sourceOverlap),
                match(g, p, hasSource, sourceExact),
                match(g, p, hasCue, cueOverlap),
                match(g, p, hasContent.and(direct), contentOverlap),
                match(g, p, hasSource.and(direct), sourceOverlap),
                match(g, p, hasContent.and(indirect), contentOverlap),
                match(g, p, hasSource.and(indirect), sourceOverlap));
    }

    /**
     * Whether content is a direct quote: its first non-blank character is an opening quotation mark, or the
     * character just before it is one (content annotated inside the marks). Content that only contains a quoted
     * phrase ({@code that the team avoided it to “keep details under wraps.”}) is indirect.
     */
    public static boolean isDirect(String text, List<Span> content) {
        List<Span> spans = Spans.normalize(content);
        if (spans.isEmpty()) {
            return false;
        }
        int start = spans.get(0).start();
        int end = spans.get(0).end();
        int first = start;
        while (first < end && isBlank(text.charAt(first))) {
            first++;
        }
        return first < end && OPENING_MARKS.indexOf(text.charAt(first)) >= 0
                || start > 0 && OPENING_MARKS.indexOf(text.charAt(start - 1)) >= 0;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static Score match(List<Item> gold, List<Item> predicted, Predicate<Item> scope, Weight weight) {
        List<Item> g = gold.stream().filter(scope).toList();
        List<Item> p = predicted.stream().filter(scope).toList();
        int matched = Matching.greedy(g.size(), p.size(), (i, j) -> weight.of(g.get(i), p.get(j))).size();
        return new Score(g.size(), p.size(), matched);
    }
}
