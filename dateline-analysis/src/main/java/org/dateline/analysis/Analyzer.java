package org.dateline.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.analysis.attribution.AttributionCandidates;
import org.dateline.analysis.attribution.AttributionConfig;
import org.dateline.analysis.attribution.AttributionFinder;
import org.dateline.analysis.attribution.ClaimExtractor;
import org.dateline.analysis.attribution.ClauseDetails;
import org.dateline.analysis.attribution.LearnedAttributionFinder;
import org.dateline.analysis.attribution.QuotationJudge;
import org.dateline.analysis.attribution.Quotations;
import org.dateline.analysis.attribution.QuoteAttributor;
import org.dateline.analysis.attribution.ReportingVerbs;
import org.dateline.analysis.attribution.RuleAttributionFinder;
import org.dateline.analysis.attribution.SpeakerResolver;
import org.dateline.analysis.caveat.CaveatDetector;
import org.dateline.analysis.count.QuantityExtractor;
import org.dateline.analysis.entity.EntityResolver;
import org.dateline.analysis.event.EventExtractor;
import org.dateline.analysis.event.Newness;
import org.dateline.analysis.event.NewnessModel;
import org.dateline.analysis.lang.Countries;
import org.dateline.analysis.place.PlaceRecognizer;
import org.dateline.analysis.place.PlaceResolver;
import org.dateline.analysis.time.TemporalNormalizer;
import org.dateline.geo.Gazetteer;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.TextParser;

/**
 * The front door of the analysis: parses an article once and runs the stages over it, in order.
 * Thread-safe: one analyzer serves many articles at once.
 */
public final class Analyzer {
    private final TextParser parser;
    private final List<Stage> stages;

    public Analyzer(TextParser parser, List<Stage> stages) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.stages = List.copyOf(stages);
    }

    /** The standard pipeline over the given parser, without a gazetteer: places are left unresolved. */
    public static Analyzer standard(TextParser parser) {
        return new Analyzer(parser, standardStages(null));
    }

    /** The standard pipeline over the given parser, resolving places with the gazetteer. */
    public static Analyzer standard(TextParser parser, Gazetteer gazetteer) {
        return new Analyzer(parser, standardStages(gazetteer));
    }

    /** The standard pipeline, deciding what is news as {@code policy} says with the learned {@code newness} model. */
    public static Analyzer standard(TextParser parser, Gazetteer gazetteer, NewnessModel newness, Newness policy) {
        return new Analyzer(parser, standardStages(gazetteer, newness, policy));
    }

    /**
     * The stages of the standard pipeline, in the order they run.
     *
     * @param gazetteer the gazetteer places are resolved with, or null to leave them unresolved
     */
    public static List<Stage> standardStages(Gazetteer gazetteer) {
        return standardStages(gazetteer, AttributionConfig.defaults(), null, Newness.RULES);
    }

    /**
     * The stages of the standard pipeline, deciding what is news as {@code policy} says.
     *
     * @param gazetteer the gazetteer places are resolved with, or null to leave them unresolved
     * @param newness   the learned reading of sentences, or null when {@code policy} is RULES
     */
    public static List<Stage> standardStages(Gazetteer gazetteer, NewnessModel newness, Newness policy) {
        return standardStages(gazetteer, AttributionConfig.defaults(), newness, policy);
    }

    /**
     * The stages of the standard pipeline with the given way of finding attributions.
     *
     * @param gazetteer the gazetteer places are resolved with, or null to leave them unresolved
     */
    public static List<Stage> standardStages(Gazetteer gazetteer, AttributionConfig attribution) {
        return standardStages(gazetteer, attribution, null, Newness.RULES);
    }

    /**
     * The stages of the standard pipeline, in the order they run.
     *
     * @param gazetteer   the gazetteer places are resolved with, or null to leave them unresolved
     * @param attribution how attributions are found: the learned model (the default) or the rules
     * @param newness     the learned reading of sentences, or null when {@code policy} is RULES
     * @param policy      what decides whether a report is a new event
     */
    public static List<Stage> standardStages(Gazetteer gazetteer, AttributionConfig attribution,
                                             NewnessModel newness, Newness policy) {
        Countries countries = Countries.english();
        ReportingVerbs verbs = new ReportingVerbs();
        RuleAttributionFinder rules = new RuleAttributionFinder(verbs);
        AttributionFinder finder = rules;
        QuotationJudge judge = null;
        if (attribution.method() == AttributionConfig.Method.MODEL) {
            AttributionCandidates candidates = new AttributionCandidates(verbs);
            finder = new LearnedAttributionFinder(attribution.model(), candidates, verbs);
            judge = new QuotationJudge(attribution.model(), candidates);
        }
        ClauseDetails details = new ClauseDetails();
        SpeakerResolver speakers = new SpeakerResolver(verbs, countries);
        List<Stage> stages = new ArrayList<>();
        stages.add(new EntityResolver(countries));
        stages.add(new PlaceRecognizer(countries, gazetteer));
        if (gazetteer != null) {
            stages.add(new PlaceResolver(gazetteer, countries));
        }
        stages.addAll(List.of(
                new TemporalNormalizer(),
                new QuoteAttributor(finder, rules, details, judge, speakers),
                new ClaimExtractor(finder, details, speakers, verbs),
                new QuantityExtractor(),
                new CaveatDetector(),
                new EventExtractor(countries, newness, policy)));
        return stages;
    }

    public AnalyzedArticle analyze(Article article) {
        return analyze(article, parse(article));
    }

    /** Runs the stages over an article already parsed with {@link #parse} (benchmarks time the two apart). */
    public AnalyzedArticle analyze(Article article, ParsedText parse) {
        Analysis a = Analysis.start(article, Quotations.mend(parse));
        for (Stage s : stages) {
            a = Objects.requireNonNull(s.apply(a), () -> s.name() + " returned no analysis");
        }
        return a.toRecord();
    }

    /** Parses the article's text with its dateline blanked out, so that offsets stay those of the article. */
    public ParsedText parse(Article article) {
        return parser.parse(maskDateline(article), article.date());
    }

    static String maskDateline(Article article) {
        Dateline d = article.dateline();
        String text = article.text();
        if (d == null) {
            return text;
        }
        int end = d.end();
        while (end < text.length() && " \t-\u2013\u2014:(".indexOf(text.charAt(end)) >= 0) {
            if (text.charAt(end) == '(') {
                int close = text.indexOf(')', end);
                if (close < 0 || close - end > 20) {
                    break;
                }
                end = close;
            }
            end++;
        }
        StringBuilder sb = new StringBuilder(text);
        for (int i = d.start(); i < end; i++) {
            if (!Character.isWhitespace(sb.charAt(i))) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }
}
