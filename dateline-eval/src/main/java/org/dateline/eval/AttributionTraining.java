package org.dateline.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dateline.analysis.Analyzer;
import org.dateline.analysis.Stage;
import org.dateline.analysis.attribution.AttributionCandidates;
import org.dateline.analysis.attribution.AttributionConfig;
import org.dateline.analysis.attribution.AttributionModel;
import org.dateline.analysis.attribution.AttributionModel.Part;
import org.dateline.analysis.attribution.ClaimExtractor;
import org.dateline.analysis.attribution.LinearScorer;
import org.dateline.analysis.attribution.Quotations;
import org.dateline.analysis.attribution.ReportingVerbs;
import org.dateline.corenlp.LogisticTrainer;
import org.dateline.corenlp.LogisticTrainer.Example;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.TextParser;

/**
 * Trains the attribution model on a PolNeAR split (its train split: never dev), and measures it by cross-validation
 * on that split against the hand-written rules: each fold is scored by a model trained on the other folds.
 */
public final class AttributionTraining {
    /** Weights smaller than this are left out of the model file. */
    private static final double MIN_WEIGHT = 0.02;
    /** Training settings: the prior, the feature count cut-off, the cue threshold, the folds of the check. */
    public record Settings(double sigma, int minCount, double cueThreshold, int folds, int threads) {
        public Settings {
            if (!(sigma > 0) || minCount < 1 || !(cueThreshold > 0 && cueThreshold < 1) || folds < 0 || folds == 1
                    || threads < 1) {
                throw new IllegalArgumentException("bad settings: sigma > 0, min-count >= 1, 0 < cue-threshold < 1, "
                        + "folds 0 or >= 2, threads >= 1");
            }
        }
    }

    /** One text with its parse and its examples. */
    private record Item(PolnearText text, ParsedText parse, AttributionExamples examples) {
    }

    private final TextParser parser;
    private final Settings settings;
    private final AttributionCandidates candidates = new AttributionCandidates(new ReportingVerbs());

    public AttributionTraining(TextParser parser, Settings settings) {
        this.parser = parser;
        this.settings = settings;
    }

    /**
     * Trains on every text of the split; with folds, first prints the cross-validated figures of the model and of the
     * rules ({@code cv-} and {@code cv-rules-} prefixes) to {@code out}.
     *
     * @param header the model file's header lines (source, licence, version)
     */
    public AttributionModel train(Path split, List<String> header, PrintStream out) throws IOException {
        return train(split, header, out, null);
    }

    /**
     * As {@link #train(Path, List, PrintStream)}; with {@code details}, also writes there each attribution of the
     * cross-validation that the model missed or found wrongly ({@link AttributionScorer#mismatches}).
     */
    public AttributionModel train(Path split, List<String> header, PrintStream out, Path details)
            throws IOException {
        PolnearCorpus corpus = PolnearCorpus.load(split);
        if (corpus.texts().isEmpty()) {
            throw new IOException("no annotated texts in " + split);
        }
        List<Item> items = items(corpus.texts());
        out.println("# " + split + ": " + items.size() + " texts");
        if (settings.folds() >= 2) {
            List<String> mismatches = crossValidate(items, out);
            if (details != null) {
                java.nio.file.Files.write(details, mismatches, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        AttributionModel model = fit(items, header);
        for (Part part : Part.values()) {
            out.println("features-" + part.name().toLowerCase(java.util.Locale.ROOT) + ": "
                    + model.scorer(part).weights().size());
        }
        return model;
    }

    private List<Item> items(List<PolnearText> texts) {
        Function<PolnearText, Item> make = t -> {
            ParsedText p = Quotations.mend(parser.parse(t.text(), t.published()));
            return new Item(t, p, AttributionExamples.of(t, p, candidates));
        };
        List<Item> out = new ArrayList<>();
        for (Parallel.Outcome<Item> o : Parallel.map(texts, make, settings.threads())) {
            if (o.failed()) {
                throw o.failure();
            }
            out.add(o.value());
        }
        return out;
    }

    private AttributionModel fit(List<Item> items, List<String> header) {
        Map<Part, List<Example>> byPart = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            byPart.put(part, new ArrayList<>());
        }
        for (Item i : items) {
            byPart.get(Part.CUE).addAll(i.examples().cues());
            i.examples().contents().forEach(byPart.get(Part.CONTENT)::addAll);
            i.examples().sources().forEach(byPart.get(Part.SOURCE)::addAll);
            byPart.get(Part.QUOTE).addAll(i.examples().quotes());
        }
        LogisticTrainer trainer = new LogisticTrainer(settings.sigma(), settings.minCount(), MIN_WEIGHT);
        Map<Part, LinearScorer> scorers = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            scorers.put(part, new LinearScorer(part.name().toLowerCase(java.util.Locale.ROOT),
                    trainer.train(byPart.get(part))));
        }
        return new AttributionModel(scorers, Map.of("cue", settings.cueThreshold()), header);
    }

    private List<String> crossValidate(List<Item> items, PrintStream out) {
        List<String> mismatches = new ArrayList<>();
        Diagnostics diagnostics = new Diagnostics();
        AttributionScores model = AttributionScores.EMPTY;
        AttributionScores rules = AttributionScores.EMPTY;
        Analyzer ruleAnalyzer = stagesOnly(Analyzer.standardStages(null, AttributionConfig.rules()));
        for (int fold = 0; fold < settings.folds(); fold++) {
            List<Item> train = new ArrayList<>();
            List<Item> test = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                (i % settings.folds() == fold ? test : train).add(items.get(i));
            }
            AttributionModel m = fit(train, List.of("# source: fold " + fold, "# licence: -", "# version: -"));
            Analyzer modelAnalyzer = stagesOnly(Analyzer.standardStages(null, AttributionConfig.of(m)));
            model = model.plus(score(test, modelAnalyzer, mismatches));
            diagnostics.add(test, m);
            rules = rules.plus(score(test, ruleAnalyzer, new ArrayList<>()));
        }
        out.println("# cross-validation: " + settings.folds() + " folds of the split (text i in fold i mod "
                + settings.folds() + ")");
        rules.report().print(out, "cv-rules");
        model.report().print(out, "cv");
        diagnostics.print(out);
        return mismatches;
    }

    /** How each scorer does on the held-out examples: cues found, and the right candidate chosen for gold cues. */
    private static final class Diagnostics {
        int gold;
        int goldCues;
        int cueTrue;
        int cuePredicted;
        int cueRight;
        int contentGroups;
        int contentCovered;
        int contentRight;
        int sourceGroups;
        int sourceCovered;
        int sourceRight;
        final Map<String, Integer> cueErrors = new java.util.TreeMap<>();
        final Map<String, Integer> contentErrors = new java.util.TreeMap<>();

        void add(List<Item> test, AttributionModel m) {
            double threshold = m.threshold("cue", 0.5);
            for (Item i : test) {
                AttributionExamples x = i.examples();
                gold += x.goldAttributions();
                for (Example e : x.cues()) {
                    boolean predicted = m.scorer(Part.CUE).probability(e.features()) >= threshold;
                    cueTrue += e.positive() ? 1 : 0;
                    cuePredicted += predicted ? 1 : 0;
                    cueRight += predicted && e.positive() ? 1 : 0;
                    if (predicted != e.positive()) {
                        String w = e.features().stream().filter(f -> f.startsWith("w=")).findFirst().orElse("?");
                        cueErrors.merge((predicted ? "false " : "miss ") + w, 1, Integer::sum);
                    }
                }
                goldCues += x.contents().size();
                for (List<Example> g : x.contents()) {
                    contentGroups++;
                    contentCovered += g.isEmpty() ? 0 : 1;
                    boolean right = chosenRight(m.scorer(Part.CONTENT), g);
                    contentRight += right ? 1 : 0;
                    if (!right && !g.isEmpty()) {
                        Example chosen = g.stream().max(java.util.Comparator.comparingDouble(
                                e -> m.scorer(Part.CONTENT).score(e.features()))).orElseThrow();
                        String want = g.stream().filter(Example::positive).map(AttributionTraining::kindOf)
                                .findFirst().orElse("?");
                        contentErrors.merge(kindOf(chosen) + " instead of " + want, 1, Integer::sum);
                    }
                }
                for (List<Example> g : x.sources()) {
                    sourceGroups++;
                    sourceCovered += g.isEmpty() ? 0 : 1;
                    sourceRight += chosenRight(m.scorer(Part.SOURCE), g) ? 1 : 0;
                }
            }
        }

        private static boolean chosenRight(LinearScorer scorer, List<Example> group) {
            Example best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Example e : group) {
                double s = scorer.score(e.features());
                if (s > bestScore) {
                    bestScore = s;
                    best = e;
                }
            }
            return best != null && best.positive();
        }

        void print(PrintStream out) {
            Report.builder()
                    .ratio("cue-candidate-coverage", Score.ratio(goldCues, gold))
                    .score("cue", "", new Score(cueTrue, cuePredicted, cueRight))
                    .ratio("content-coverage", Score.ratio(contentCovered, contentGroups))
                    .ratio("content-choice", Score.ratio(contentRight, contentCovered))
                    .ratio("source-coverage", Score.ratio(sourceCovered, sourceGroups))
                    .ratio("source-choice", Score.ratio(sourceRight, sourceCovered))
                    .build().print(out, "cv-scorer");
            cueErrors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(80)
                    .forEach(e -> out.println("# cue error " + e.getKey() + " " + e.getValue()));
            contentErrors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(40).forEach(e -> out.println("# content error " + e.getKey() + " " + e.getValue()));
        }
    }

    private AttributionScores score(List<Item> test, Analyzer analyzer, List<String> mismatches) {
        List<Parallel.Outcome<AnalyzedArticle>> outcomes = Parallel.map(test,
                i -> analyzer.analyze(article(i.text()), i.parse()), settings.threads());
        AttributionScores total = AttributionScores.EMPTY;
        for (int k = 0; k < test.size(); k++) {
            var o = outcomes.get(k);
            if (o.failed()) {
                throw o.failure();
            }
            PolnearText t = test.get(k).text();
            List<PredictedAttribution> predicted = DatelineSystems.attributions(o.value());
            total = total.plus(AttributionScorer.score(t.text(), t.attributions(), predicted,
                    NominalCues.of(test.get(k).parse())));
            mismatches.addAll(AttributionScorer.mismatches(t.name(), t.text(), t.attributions(), predicted));
        }
        return total;
    }

    private static String kindOf(Example e) {
        return e.features().stream().filter(f -> f.startsWith("k=")).findFirst().orElse("k=?").substring(2);
    }

    static Article article(PolnearText t) {
        LocalDate date = t.published();
        return Article.of(date, null, null, null, null, t.text());
    }

    /** An analyzer that runs the stages up to the claims (what the attribution scores read) over given parses. */
    private static Analyzer stagesOnly(List<Stage> all) {
        List<Stage> stages = new ArrayList<>();
        for (Stage s : all) {
            stages.add(s);
            if (s instanceof ClaimExtractor) {
                break;
            }
        }
        return new Analyzer((text, date) -> {
            throw new IllegalStateException("not used: the parses are given");
        }, stages);
    }
}
