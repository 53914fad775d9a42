package org.dateline.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.dateline.analysis.Analyzer;
import org.dateline.analysis.attribution.AttributionConfig;
import org.dateline.analysis.place.PlaceResolver;
import org.dateline.corenlp.QuoteAnnotatorBaseline;
import org.dateline.eval.geo.GeoCorpus;
import org.dateline.eval.geo.GeoCorpusReader;
import org.dateline.eval.geo.GeoparseEvaluation;
import org.dateline.eval.geo.Geoparser;
import org.dateline.eval.geo.PredictedToponym;
import org.dateline.eval.geo.ResolutionCause;
import org.dateline.eval.record.GoldReport;
import org.dateline.eval.record.RealNewsGold;
import org.dateline.eval.record.RecordSystems;
import org.dateline.eval.record.RecordsEvaluation;
import org.dateline.geo.Gazetteer;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Claim;
import org.dateline.model.Geo;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.parse.ParsedText;
import org.dateline.readers.DatelineParser;

/**
 * Runs Dateline (and the plain CoreNLP baselines) over gold sets and prints both reports side by side.
 * Articles are analysed on several threads first; the scorers then read the results.
 */
public final class DatelineSystems {
    /** The date given to undated gold texts (GeoWebNews): only time expressions depend on it, and no place does. */
    private static final LocalDate UNDATED = LocalDate.EPOCH;
    private final Analyzer analyzer;
    private final int threads;

    public DatelineSystems(Analyzer analyzer, int threads) {
        this.analyzer = analyzer;
        this.threads = Math.max(1, threads);
    }

    /** TimeML: Dateline's normalised values, then SUTime's own values from the same parse. */
    public void evaluateTime(Path dir, PrintStream out, boolean details) throws IOException {
        List<TimeMlDocument> docs = TimeMlReader.readAll(dir);
        Map<String, AnalyzedArticle> records = analyseAll(docs, d -> Article.of(d.creationDate(), null, null, null,
                null, d.text()));
        Report ours = TimeEvaluation.run(dir, (text, date) -> timexes(records.get(text), false));
        Report plain = TimeEvaluation.run(dir, (text, date) -> timexes(records.get(text), true));
        out.println("# TimeML " + dir + ": " + docs.size() + " documents; document creation time as document date");
        printFigures(ours, out, "");
        printFigures(plain, out, "sutime");
        if (details) {
            ours.details().forEach(l -> out.println("# " + l));
        }
    }

    /**
     * PolNeAR: Dateline's quotes and claims as attributions (the learned model), then the same with the hand-written
     * rules ({@code rules-} figures, over the same parses), then CoreNLP's QuoteAnnotator alone.
     */
    public void evaluateQuotes(Path dir, PrintStream out, boolean baseline) throws IOException {
        PolnearCorpus corpus = PolnearCorpus.load(dir);
        Map<String, ParsedText> parses = new ConcurrentHashMap<>();
        Analyzer rules = new Analyzer((text, date) -> parses.get(text),
                Analyzer.standardStages(null, AttributionConfig.rules()));
        Map<String, AnalyzedArticle> records = new ConcurrentHashMap<>();
        Map<String, AnalyzedArticle> ruleRecords = new ConcurrentHashMap<>();
        List<Parallel.Outcome<Boolean>> outcomes = Parallel.map(corpus.texts(), t -> {
            Article a = Article.of(t.published(), null, null, null, null, t.text());
            ParsedText p = analyzer.parse(a);
            parses.put(t.text(), p);
            records.put(t.text(), analyzer.analyze(a, p));
            ruleRecords.put(t.text(), rules.analyze(a, p));
            return true;
        }, threads);
        for (var o : outcomes) {
            if (o.failed()) {
                throw new IllegalStateException("analysis failed: " + o.failureLine(), o.failure());
            }
        }
        Function<String, java.util.function.Predicate<List<Span>>> nominal = text -> NominalCues.of(parses.get(text));
        Report ours = QuoteEvaluation.run(dir, (text, date) -> attributions(records.get(text)), nominal);
        Report byRules = QuoteEvaluation.run(dir, (text, date) -> attributions(ruleRecords.get(text)), nominal);
        out.println("# PolNeAR " + dir + ": " + corpus.texts().size() + " texts");
        printFigures(ours, out, "");
        printFigures(byRules, out, "rules");
        if (baseline) {
            QuoteAnnotatorBaseline plain = new QuoteAnnotatorBaseline();
            Report base = QuoteEvaluation.run(dir, (text, date) -> plain.quotes(text, date).stream()
                    .map(q -> new PredictedAttribution(q.speaker() == null ? List.of() : List.of(q.speaker()),
                            List.of(), List.of(q.quote())))
                    .toList());
            printFigures(base, out, "corenlp");
        }
    }

    /**
     * Real news with hand-made gold (a {@code realnews} folder): the share of its quotes found and of their speakers
     * right, as {@code dateline eval records} counts them, printed as {@code realnews-} figures.
     */
    public void evaluateSpeakers(Path dir, RecordsEvaluation.Part part, PrintStream out) throws IOException {
        List<GoldReport> gold = part.of(RealNewsGold.read(dir));
        Report r = RecordsEvaluation.evaluate(gold, RecordSystems.analyzing(analyzer), threads, false);
        out.println("# real news " + dir + " (" + part + "): " + gold.size() + " articles");
        Report.builder()
                .count("realnews-articles", gold.size())
                .ratio("realnews-quote-recall", r.value("quote-recall"))
                .ratio("realnews-quote-speaker", r.value("quote-speaker"))
                .build().print(out);
    }

    /**
     * Geoparsing gold set (LGL, TR-News or GeoWebNews XML): the given geoparser end to end, or resolving the gold
     * toponyms it is given ({@code goldToponyms}). Documents run on this instance's threads, so the geoparser must be
     * thread-safe. Prints which gold annotations count as a {@code gold-types:} line, then the figures and notes of
     * {@link GeoparseEvaluation}.
     *
     * @param limit     only the first {@code limit} documents; 0 for all
     * @param errorsTsv where to write every resolution error, or null
     */
    public static void evaluateGeoparse(Path xml, Geoparser geoparser, PrintStream out, boolean goldToponyms,
                                        int limit, Path errorsTsv, int threads) throws IOException {
        evaluateGeoparse(xml, geoparser, out, System.err, goldToponyms, limit, errorsTsv, threads, null);
    }

    /**
     * As {@link #evaluateGeoparse(Path, Geoparser, PrintStream, boolean, int, Path, int)}, printing each of the
     * reader's notes as one line on {@code warnings}, and telling the causes of the resolution errors apart by what
     * the gazetteer holds (null for no gazetteer).
     */
    public static void evaluateGeoparse(Path xml, Geoparser geoparser, PrintStream out, PrintStream warnings,
                                        boolean goldToponyms, int limit, Path errorsTsv, int threads,
                                        Gazetteer gazetteer) throws IOException {
        GeoCorpus corpus = GeoCorpusReader.read(xml);
        corpus.notes().forEach(n -> warnings.println("dateline: warning: " + n.oneLine()));
        out.println("# " + corpus.format().title() + " " + xml + ": " + corpus.documents().size() + " documents; "
                + (goldToponyms ? "resolution of the gold toponyms" : "end to end"));
        out.println("gold-types: " + corpus.format().goldTypes());
        GeoparseEvaluation.run(corpus, geoparser, goldToponyms, limit, threads, errorsTsv,
                gazetteer == null ? null : entryFinder(gazetteer)).print(out);
    }

    /** Where the gazetteer has entries of a phrase: its candidates, and those of the phrase without kind words. */
    static ResolutionCause.EntryFinder entryFinder(Gazetteer gazetteer) {
        return phrase -> {
            List<double[]> out = new ArrayList<>();
            String folded = gazetteer.keys().fold(phrase);
            for (String name : List.of(phrase, gazetteer.keys().core(folded))) {
                gazetteer.candidates(name).forEach(c -> out.add(new double[] {c.place().lat(), c.place().lon()}));
            }
            return out;
        };
    }

    /**
     * Dateline end to end, as an ingest runs it: the dateline found by the readers' parser, then every place the
     * analysis finds (metonyms and names in organisations' names included), with its resolution.
     */
    public Geoparser endToEndGeoparser() {
        DatelineParser datelines = DatelineParser.english();
        return (doc, gold) -> {
            LocalDate date = doc.date() != null ? doc.date() : UNDATED;
            AnalyzedArticle a = analyzer.analyze(Article.of(date, datelines.find(doc.text()).orElse(null),
                    null, null, null, doc.text()));
            return a.places().stream().map(p -> new PredictedToponym(p.start(), p.end(), p.name(),
                    p.geo() == null ? null : p.geo().lat(), p.geo() == null ? null : p.geo().lon())).toList();
        };
    }

    /** Dateline's resolver over given spans, without a parse (how gold toponyms are resolved). */
    public static Geoparser spanGeoparser(PlaceResolver resolver) {
        return (doc, gold) -> {
            List<int[]> spans = gold.stream().map(t -> new int[] {t.start(), t.end()}).toList();
            List<Geo> geos = resolver.resolveSpans(doc.text(), null, spans);
            List<PredictedToponym> out = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                Geo g = geos.get(i);
                out.add(new PredictedToponym(spans.get(i)[0], spans.get(i)[1], gold.get(i).phrase(),
                        g == null ? null : g.lat(), g == null ? null : g.lon()));
            }
            return out;
        };
    }

    /** The figures of a report without its detail lines, names prefixed ("sutime-value-accuracy"). */
    private static void printFigures(Report r, PrintStream out, String prefix) {
        new Report(r.figures(), List.of()).print(out, prefix);
    }

    private <T> Map<String, AnalyzedArticle> analyseAll(List<T> items, Function<T, Article> toArticle) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<String, AnalyzedArticle> out = new ConcurrentHashMap<>();
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                Article a = toArticle.apply(item);
                futures.add(pool.submit(() -> out.put(a.text(), analyzer.analyze(a))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static List<PredictedTimex> timexes(AnalyzedArticle r, boolean tagger) {
        List<PredictedTimex> out = new ArrayList<>();
        for (TimeExpression t : r.times()) {
            String value = tagger && t.rawValue() != null ? t.rawValue() : t.value();
            out.add(new PredictedTimex(t.start(), t.end(), t.type(), value));
        }
        return out;
    }

    /**
     * Dateline's quotes and claims as attributions. A quote inside a claim's content counts once, as the claim; quotes
     * that share a cue (""...," he said, "..."") are one attribution with several fragments, and so is a quote that
     * continues the one before it (no cue of its own, the same speaker, the next paragraph).
     */
    static List<PredictedAttribution> attributions(AnalyzedArticle r) {
        List<PredictedAttribution> out = new ArrayList<>();
        int length = r.article().text().length();
        Quote previous = null;
        List<Span> fragments = null;
        for (Quote q : r.quotes()) {
            if (r.claims().stream().anyMatch(c -> c.contentSpan().start() < q.start() && q.end() < c.contentSpan().end())) {
                continue; // a quotation inside reported speech: the claim is the attribution
            }
            Span content = new Span(Math.max(0, q.start() - 1), Math.min(length, q.end() + 1));
            boolean sameCue = previous != null && q.cueSpan() != null && q.cueSpan().equals(previous.cueSpan());
            boolean continues = previous != null && q.cueSpan() == null && previous.speakerName() != null
                    && previous.speakerName().equals(q.speakerName());
            if (sameCue || continues) {
                fragments.add(content);
                out.set(out.size() - 1, new PredictedAttribution(out.get(out.size() - 1).source(),
                        out.get(out.size() - 1).cue(), fragments));
                continue;
            }
            fragments = new ArrayList<>(List.of(content));
            out.add(new PredictedAttribution(spans(q.speakerSpan()), spans(q.cueSpan()), fragments));
            previous = q;
        }
        for (Claim c : r.claims()) {
            out.add(new PredictedAttribution(spans(c.sourceSpan()), spans(c.cueSpan()), List.of(c.contentSpan())));
        }
        return out;
    }

    private static List<Span> spans(Span s) {
        return s == null ? List.of() : List.of(s);
    }
}
