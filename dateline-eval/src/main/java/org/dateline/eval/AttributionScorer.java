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
 *   <li>mixed-: content and source of the indirect attributions whose content holds a quotation
 *       ({@link #isMixed}: "said the plan was “a disaster”").</li>
 *   <li>nominal-: content and source of the attributions whose cue is not a verb ("according to", "in a statement",
 *       "a report by", a colon), as the caller tells them apart.</li>
 * </ul>
 */
public final class AttributionScorer {

    /** Characters that open a quotation: “ ” " ‘ ' « „ (” and ' because texts use them as opening marks too). */
    static final String OPENING_MARKS = "\u201C\u201D\"\u2018'\u00AB\u201E";

    private AttributionScorer() {
    }

    /** The parts of an attribution in the form the scores need. */
    private record Item(List<Span> source, List<Span> cue, List<Span> content, List<Span> trimmedSource,
                        List<Span> trimmedContent, boolean direct, boolean mixed, boolean nominal) {
        static Item of(List<Span> source, List<Span> cue, List<Span> content, String text,
                       Predicate<List<Span>> nominalCue) {
            boolean direct = isDirect(text, content);
            return new Item(Spans.normalize(source), Spans.normalize(cue), Spans.normalize(content),
                    Spans.trim(source, text), Spans.trim(content, text), direct, !direct && isMixed(text, content),
                    !cue.isEmpty() && nominalCue.test(cue));
        }
    }

    private interface Weight {
        int of(Item gold, Item predicted);
    }

    public static AttributionScores score(String text, List<GoldAttribution> gold,
                                          List<PredictedAttribution> predicted) {
        return score(text, gold, predicted, cue -> false);
    }

    /** @param nominalCue whether a cue (its spans) is nominal: not a verb */
    public static AttributionScores score(String text, List<GoldAttribution> gold,
                                          List<PredictedAttribution> predicted, Predicate<List<Span>> nominalCue) {
        for (PredictedAttribution p : predicted) {
            Spans.checkInside(p.source(), text, "predicted source");
            Spans.checkInside(p.cue(), text, "predicted cue");
            Spans.checkInside(p.content(), text, "predicted content");
        }
        List<Item> g = gold.stream().map(a -> Item.of(a.source(), a.cue(), a.content(), text, nominalCue)).toList();
        List<Item> p = predicted.stream().map(a -> Item.of(a.source(), a.cue(), a.content(), text, nominalCue))
                .toList();

        Predicate<Item> hasContent = item -> !item.content().isEmpty();
        Predicate<Item> hasSource = item -> !item.source().isEmpty();
        Predicate<Item> hasCue = item -> !item.cue().isEmpty();
        Predicate<Item> direct = Item::direct;
        Predicate<Item> indirect = direct.negate();
        Predicate<Item> mixed = Item::mixed;
        Predicate<Item> nominal = Item::nominal;

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
                match(g, p, hasSource.and(indirect), sourceOverlap),
                match(g, p, hasContent.and(mixed), contentOverlap),
                match(g, p, hasSource.and(mixed), sourceOverlap),
                match(g, p, hasContent.and(nominal), contentOverlap),
                match(g, p, hasSource.and(nominal), sourceOverlap));
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

    /** Whether content holds a quotation: a double quotation mark or a single opening one anywhere in it. */
    public static boolean isMixed(String text, List<Span> content) {
        for (Span span : Spans.normalize(content)) {
            for (int i = span.start(); i < span.end(); i++) {
                char c = text.charAt(i);
                if (c == '\u201C' || c == '\u201D' || c == '"' || c == '\u00AB' || c == '\u201E' || c == '\u2018') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * One line per gold attribution not matched under the source score ("miss") and per prediction not matched
     * ("false"), with its source, cue and content, for reading errors: {@code miss\tNAME\tsource\tcue\tcontent}.
     */
    public static List<String> mismatches(String name, String text, List<GoldAttribution> gold,
                                          List<PredictedAttribution> predicted) {
        List<Item> g = gold.stream().map(a -> Item.of(a.source(), a.cue(), a.content(), text, c -> false)).toList();
        List<Item> p = predicted.stream().map(a -> Item.of(a.source(), a.cue(), a.content(), text, c -> false))
                .toList();
        Weight weight = (a, b) -> {
            int content = Spans.overlap(a.content(), b.content());
            boolean bothSourced = !a.source().isEmpty() && !b.source().isEmpty();
            boolean sourceRight = bothSourced ? Spans.overlap(a.source(), b.source()) > 0
                    : a.source().isEmpty() == b.source().isEmpty();
            return content > 0 && sourceRight ? content : 0;
        };
        List<Matching.Pair> pairs = Matching.greedy(g.size(), p.size(), (i, j) -> weight.of(g.get(i), p.get(j)));
        boolean[] goldMatched = new boolean[g.size()];
        boolean[] predictedMatched = new boolean[p.size()];
        pairs.forEach(pair -> {
            goldMatched[pair.gold()] = true;
            predictedMatched[pair.predicted()] = true;
        });
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (!goldMatched[i]) {
                out.add(line("miss", name, text, g.get(i)));
            }
        }
        for (int j = 0; j < p.size(); j++) {
            if (!predictedMatched[j]) {
                out.add(line("false", name, text, p.get(j)));
            }
        }
        return out;
    }

    private static String line(String what, String name, String text, Item item) {
        return what + "\t" + name + "\t" + (item.direct() ? "direct" : item.mixed() ? "mixed" : "indirect") + "\t"
                + of(text, item.source()) + "\t" + of(text, item.cue()) + "\t" + of(text, item.content());
    }

    private static String of(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(sb.length() == 0 ? "" : " … ").append(s.of(text));
        }
        String x = sb.toString().replaceAll("\\s+", " ");
        return x.length() > 200 ? x.substring(0, 200) + "…" : x;
    }

    private static Score match(List<Item> gold, List<Item> predicted, Predicate<Item> scope, Weight weight) {
        List<Item> g = gold.stream().filter(scope).toList();
        List<Item> p = predicted.stream().filter(scope).toList();
        int matched = Matching.greedy(g.size(), p.size(), (i, j) -> weight.of(g.get(i), p.get(j))).size();
        return new Score(g.size(), p.size(), matched);
    }
}
