package org.dateline.analysis.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.parse.ParsedText;

/**
 * Tells reported speech in quotation marks from scare quotes, titles of works and single quoted words, by the
 * model's quotation scorer. Stateless and thread-safe.
 */
public final class QuotationJudge {
    /** Speech probability above which a quotation is speech, unless the model names its own. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    private final LinearScorer scorer;
    private final AttributionCandidates candidates;
    private final double threshold;

    public QuotationJudge(AttributionModel model, AttributionCandidates candidates) {
        this.scorer = model.scorer(AttributionModel.Part.QUOTE);
        this.candidates = candidates;
        this.threshold = model.threshold("quote", DEFAULT_THRESHOLD);
    }

    /** The verdicts on the quotations of one parse, looked up by their token range (marks included). */
    public static final class Verdicts {
        private final Map<Long, Boolean> speech = new HashMap<>();
        private final Map<Long, Boolean> title = new HashMap<>();

        public boolean isSpeech(int first, int last) {
            return speech.getOrDefault(key(first, last), false);
        }

        /** Every word capitalised: a title or a name in quotation marks. */
        public boolean isTitle(int first, int last) {
            return title.getOrDefault(key(first, last), false);
        }

        private static long key(int first, int last) {
            return ((long) first << 32) | last;
        }
    }

    public Verdicts judge(ParsedText p) {
        ParseView v = new ParseView(p);
        Verdicts out = new Verdicts();
        List<Candidate> quotes = candidates.quotations(v);
        for (Candidate c : quotes) {
            long key = Verdicts.key(c.first(), c.last());
            out.speech.put(key, scorer.probability(c.features()) >= threshold);
            out.title.put(key, c.features().contains("titlecase"));
        }
        return out;
    }
}
