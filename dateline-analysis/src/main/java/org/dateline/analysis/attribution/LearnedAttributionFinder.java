package org.dateline.analysis.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.parse.ParsedText;

/**
 * Attributions chosen by the learned model: every token the cue scorer takes as a cue, with the content candidate
 * and the source candidate (or none) its scorers rank first. Two cues that choose the same content and source are
 * one attribution ("said in a statement"): the likelier cue stays. Stateless and thread-safe.
 */
public final class LearnedAttributionFinder implements AttributionFinder {
    /** Cue probability above which a token is a cue, unless the model names its own. */
    public static final double DEFAULT_CUE_THRESHOLD = 0.5;
    private final AttributionModel model;
    private final AttributionCandidates candidates;
    private final ReportingVerbs verbs;
    private final double cueThreshold;

    public LearnedAttributionFinder(AttributionModel model, AttributionCandidates candidates, ReportingVerbs verbs) {
        this.model = model;
        this.candidates = candidates;
        this.verbs = verbs;
        this.cueThreshold = model.threshold("cue", DEFAULT_CUE_THRESHOLD);
    }

    /** A cue with its probability and its chosen content and source. */
    private record Chosen(Attribution attribution, double probability) {
    }

    @Override
    public List<Attribution> find(ParsedText p) {
        ParseView v = new ParseView(p);
        LinearScorer cueScorer = model.scorer(AttributionModel.Part.CUE);
        List<Chosen> chosen = new ArrayList<>();
        for (Candidate c : candidates.cues(v)) {
            double prob = cueScorer.probability(c.features());
            if (prob < cueThreshold) {
                continue;
            }
            Attribution a = attribution(v, c.head());
            if (a != null) {
                chosen.add(new Chosen(a, prob));
            }
        }
        List<Chosen> kept = new ArrayList<>();
        chosen.sort(Comparator.comparingDouble(Chosen::probability).reversed());
        for (Chosen c : chosen) {
            if (kept.stream().noneMatch(k -> same(k.attribution(), c.attribution()))) {
                kept.add(c);
            }
        }
        return kept.stream().map(Chosen::attribution).sorted(Comparator.comparingInt(Attribution::cue)).toList();
    }

    /** The attribution of a cue: its best content and its best source, or null when it has no content. */
    Attribution attribution(ParseView v, int cue) {
        Candidate content = best(model.scorer(AttributionModel.Part.CONTENT), candidates.contents(v, cue));
        if (content == null) {
            return null;
        }
        List<Candidate> sources = new ArrayList<>();
        for (Candidate s : candidates.sources(v, cue)) {
            if (s.isNone() || s.last() < content.first() || s.first() > content.last()) {
                sources.add(s);
            }
        }
        Candidate source = best(model.scorer(AttributionModel.Part.SOURCE), sources);
        ReportingVerbs.Kind kind = verbs.kindOf(v.token(cue));
        if (source == null || source.isNone()) {
            return new Attribution(cue, kind, -1, -1, -1, content.first(), content.last(), content.head(), false);
        }
        return new Attribution(cue, kind, source.first(), source.last(), source.head(), content.first(),
                content.last(), content.head(), source.kind().startsWith("up"));
    }

    private static Candidate best(LinearScorer scorer, List<Candidate> list) {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : list) {
            double s = scorer.score(c.features());
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    private static boolean same(Attribution a, Attribution b) {
        boolean content = a.contentFirst() == b.contentFirst() && a.contentLast() == b.contentLast();
        boolean source = a.sourceHead() == b.sourceHead() || !a.hasSource() || !b.hasSource();
        return content && source;
    }
}
