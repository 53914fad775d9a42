package org.dateline.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.analysis.attribution.AttributionCandidates;
import org.dateline.analysis.attribution.Candidate;
import org.dateline.analysis.attribution.ParseView;
import org.dateline.corenlp.LogisticTrainer.Example;
import org.dateline.model.Span;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Token;

/**
 * The training examples of one annotated text: the model's candidates labelled by the gold attributions; the
 * contents and sources in one group per gold cue (a group is empty when no candidate fits the gold).
 *
 * <ul>
 *   <li>cue: every cue candidate; positive when it heads a gold cue (the token of the cue whose parse head lies
 *       outside the cue, a verb first);</li>
 *   <li>content: the content candidates of each gold cue; positive when its characters match the gold content best
 *       (Dice coefficient within 0.05 of the best candidate's, and above 0.2);</li>
 *   <li>source: the source candidates of each gold cue; positive when its head lies in the gold source or it covers
 *       half the gold source, or, for the candidate "none", when the gold has no source;</li>
 *   <li>quote: every quotation; positive when it is a whole fragment of a gold content (a direct quote).</li>
 * </ul>
 */
public record AttributionExamples(List<Example> cues, List<List<Example>> contents, List<List<Example>> sources,
                                  List<Example> quotes, int goldAttributions) {
    private static final double DICE_SLACK = 0.05;
    private static final double MIN_DICE = 0.2;

    public AttributionExamples {
        cues = List.copyOf(cues);
        contents = List.copyOf(contents);
        sources = List.copyOf(sources);
        quotes = List.copyOf(quotes);
    }

    public static AttributionExamples of(PolnearText text, ParsedText parse, AttributionCandidates candidates) {
        ParseView v = new ParseView(parse);
        List<Example> cues = new ArrayList<>();
        List<List<Example>> contents = new ArrayList<>();
        List<List<Example>> sources = new ArrayList<>();
        List<Example> quotes = new ArrayList<>();
        Set<Integer> heads = new HashSet<>();
        List<int[]> goldByCue = new ArrayList<>();
        for (int i = 0; i < text.attributions().size(); i++) {
            int head = cueHead(parse, text.attributions().get(i).cue());
            if (head >= 0 && heads.add(head)) {
                goldByCue.add(new int[] {head, i});
            }
        }
        for (Candidate c : candidates.cues(v)) {
            cues.add(new Example(c.features(), heads.contains(c.head())));
        }
        for (int[] hc : goldByCue) {
            GoldAttribution g = text.attributions().get(hc[1]);
            contents.add(contentExamples(parse, candidates.contents(v, hc[0]), g.content()));
            sources.add(sourceExamples(parse, candidates.sources(v, hc[0]), g.source()));
        }
        List<Span> fragments = new ArrayList<>();
        text.attributions().forEach(g -> fragments.addAll(g.content()));
        for (Candidate q : candidates.quotations(v)) {
            int start = parse.token(q.first()).start();
            int end = parse.token(q.last()).end();
            boolean direct = fragments.stream().anyMatch(f -> Math.abs(f.start() - start) <= 2
                    && Math.abs(f.end() - end) <= 3);
            quotes.add(new Example(q.features(), direct));
        }
        return new AttributionExamples(cues, contents, sources, quotes, text.attributions().size());
    }

    /** The token that heads a gold cue, or -1 when no cue candidate lies in it. */
    static int cueHead(ParsedText p, List<Span> cue) {
        List<Integer> tokens = tokensIn(p, cue);
        Set<Integer> in = new HashSet<>(tokens);
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int t : tokens) {
            Token tok = p.token(t);
            if (!AttributionCandidates.isCue(tok)) {
                continue;
            }
            int rank = (in.contains(p.head(t)) ? 2 : 0) + (tok.isVerb() ? 0 : 1);
            if (rank < bestRank) {
                bestRank = rank;
                best = t;
            }
        }
        return best;
    }

    private static List<Example> contentExamples(ParsedText p, List<Candidate> list, List<Span> gold) {
        if (gold.isEmpty()) {
            return List.of();
        }
        double[] dice = new double[list.size()];
        double best = 0;
        for (int i = 0; i < list.size(); i++) {
            Candidate c = list.get(i);
            dice[i] = dice(new Span(p.token(c.first()).start(), p.token(c.last()).end()), gold);
            best = Math.max(best, dice[i]);
        }
        if (best <= MIN_DICE) {
            return List.of();
        }
        List<Example> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(new Example(list.get(i).features(), dice[i] > MIN_DICE && dice[i] >= best - DICE_SLACK));
        }
        return out;
    }

    private static List<Example> sourceExamples(ParsedText p, List<Candidate> list, List<Span> gold) {
        List<Example> out = new ArrayList<>(list.size());
        boolean any = false;
        for (Candidate c : list) {
            boolean positive;
            if (c.isNone()) {
                positive = gold.isEmpty();
            } else {
                Token head = p.token(c.head() >= 0 ? c.head() : c.last());
                Span span = new Span(p.token(c.first()).start(), p.token(c.last()).end());
                int goldLength = gold.stream().mapToInt(s -> s.end() - s.start()).sum();
                int shared = gold.stream().mapToInt(s -> Math.max(0, Math.min(s.end(), span.end())
                        - Math.max(s.start(), span.start()))).sum();
                positive = gold.stream().anyMatch(s -> s.start() < head.end() && head.start() < s.end())
                        || goldLength > 0 && 2 * shared >= goldLength;
            }
            any |= positive;
            out.add(new Example(c.features(), positive));
        }
        return any ? out : List.of();
    }

    static List<Integer> tokensIn(ParsedText p, List<Span> spans) {
        List<Integer> out = new ArrayList<>();
        for (Span s : spans) {
            for (int i = p.tokenAt(s.start()); i < p.tokens().size() && p.token(i).start() < s.end(); i++) {
                if (!out.contains(i)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** Dice coefficient of the characters of a span and of a list of gold fragments. */
    static double dice(Span a, List<Span> gold) {
        int overlap = 0;
        int goldLength = 0;
        for (Span g : gold) {
            overlap += Math.max(0, Math.min(a.end(), g.end()) - Math.max(a.start(), g.start()));
            goldLength += g.end() - g.start();
        }
        int total = (a.end() - a.start()) + goldLength;
        return total == 0 ? 0 : 2.0 * overlap / total;
    }
}
