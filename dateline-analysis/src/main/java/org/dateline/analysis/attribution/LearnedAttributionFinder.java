package org.dateline.analysis.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.parse.ParsedText;

/**
 * Attributions chosen by the learned model: every token the cue scorer takes as a cue, with the content candidate
 * and the source candidate (or none) its scorers rank first. Two cues that choose the same content and source are
 * one attribution ("said in a statement"): the likelier cue stays. A participle of saying with no subject of its own
 * speaks for the clause it hangs from ({@link ParticipleSource}). Stateless and thread-safe.
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

    /**
     * The attribution of a cue: the content and source (or none) whose scores sum highest, a source never inside the
     * content; null when the cue has no content candidate.
     */
    Attribution attribution(ParseView v, int cue) {
        LinearScorer contentScorer = model.scorer(AttributionModel.Part.CONTENT);
        LinearScorer sourceScorer = model.scorer(AttributionModel.Part.SOURCE);
        List<Candidate> sources = candidates.sources(v, cue);
        double[] sourceScores = new double[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            sourceScores[i] = sourceScorer.score(sources.get(i).features());
        }
        Candidate content = null;
        Candidate source = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates.contents(v, cue)) {
            double cs = contentScorer.score(c.features());
            for (int i = 0; i < sources.size(); i++) {
                Candidate s = sources.get(i);
                boolean apart = s.isNone() || s.last() < c.first() || s.first() > c.last();
                if (apart && cs + sourceScores[i] > best) {
                    best = cs + sourceScores[i];
                    content = c;
                    source = s;
                }
            }
        }
        if (content == null) {
            return null;
        }
        ReportingVerbs.Kind kind = verbs.kindOf(v.token(cue));
        int[] participle = ParticipleSource.of(v.parse(), verbs, cue);
        if (participle != null && (participle[1] < content.first() || participle[0] > content.last())) {
            return new Attribution(cue, kind, participle[0], participle[1], participle[2], content.first(),
                    content.last(), content.head(), true);
        }
        if (source.isNone()) {
            return new Attribution(cue, kind, -1, -1, -1, content.first(), content.last(), content.head(), false);
        }
        return new Attribution(cue, kind, source.first(), source.last(), source.head(), content.first(),
                content.last(), content.head(), source.kind().startsWith("up"));
    }

    private static boolean same(Attribution a, Attribution b) {
        boolean content = a.contentFirst() == b.contentFirst() && a.contentLast() == b.contentLast();
        boolean source = a.sourceHead() == b.sourceHead() || !a.hasSource() || !b.hasSource();
        return content && source;
    }
}
