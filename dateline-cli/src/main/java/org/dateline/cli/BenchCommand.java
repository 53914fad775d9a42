package org.dateline.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.Analyzer;
import org.dateline.analysis.Stage;
import org.dateline.analysis.attribution.ClaimExtractor;
import org.dateline.analysis.attribution.Quotations;
import org.dateline.analysis.attribution.QuoteAttributor;
import org.dateline.analysis.event.EventExtractor;
import org.dateline.analysis.event.Newness;
import org.dateline.corenlp.QuoteAnnotatorBaseline;
import org.dateline.geo.Gazetteer;
import org.dateline.model.Article;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.TextParser;
import org.dateline.readers.ArticleSink;
import org.dateline.readers.ReadOptions;
import org.dateline.readers.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline bench}: model load time, warm throughput (tokens/s, articles/s) and peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {QueryBenchCommand.class, HttpBenchCommand.class, FeedsBenchCommand.class}, description = {
        "Measure model load time, warm analysis throughput and peak heap on articles.",
        "bench queries: time the corpus store's reads.",
        "bench http: load a running desk (dateline serve) with concurrent clients."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // 0..* so that "bench queries" needs no PATH; call() requires one
    @Parameters(arity = "0..*", paramLabel = "PATH")
    List<String> paths;

    @Option(names = "--limit", description = "Articles to measure (default ${DEFAULT-VALUE}).")
    int limit = 300;

    @Option(names = "--warmup", description = "Articles analysed first, not measured (default ${DEFAULT-VALUE}).")
    int warmup = 20;

    @Option(names = "--baseline", description = "Then the same articles through plain CoreNLP's full pipeline"
            + " (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote, as the anchors use it), after the same warm-up,"
            + " on as many threads, and the ratio of the two throughputs.")
    boolean baseline;

    @Mixin
    AnalyzerOptions analyzer;

    /**
     * The time some stages add, on one thread: the stages over the same parses with and without them, best of three
     * rounds each.
     */
    private static double addedSeconds(Map<Article, ParsedText> parses, Analyzer with, Analyzer without) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            parses.forEach(with::analyze);
            long t1 = System.nanoTime();
            parses.forEach(without::analyze);
            long t2 = System.nanoTime();
            best = Math.min(best, ((t1 - t0) - (t2 - t1)) / 1e9);
        }
        return Math.max(0, best);
    }

    @Override
    public Integer call() throws Exception {
        if (paths == null || paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
        }
        List<Article> articles = new ArrayList<>();
        for (Path f : Readers.expand(paths, Errors::print)) {
            Readers.read(f, ReadOptions.defaults(), ArticleSink.of(articles::add, p -> { }));
            if (articles.size() >= limit + warmup) {
                break;
            }
        }
        if (articles.size() <= warmup) {
            System.err.println("dateline: need more than " + warmup + " articles, found " + articles.size());
            return 1;
        }
        Measured m = dateline(articles);
        if (baseline) {
            // Dateline's analyzer and parses are unreachable here: plain CoreNLP's models (coref) get the heap
            baseline(m.warm(), m.measured(), m.tokens(), m.wall());
        }
        return 0;
    }

    /** What the Dateline run measured, for the baseline to be compared with. */
    private record Measured(List<Article> warm, List<Article> measured, long tokens, double wall) {
    }

    /** Dateline's run over the articles: prints its figures. */
    private Measured dateline(List<Article> articles) throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<Gazetteer> opening = analyzer.openGazetteerMeanwhile();
        TextParser parser = analyzer.parser();
        Gazetteer gazetteer = AnalyzerOptions.await(opening);
        Analyzer an = analyzer.create(parser, gazetteer);
        double load = (System.nanoTime() - t0) / 1e9;
        for (Article a : articles.subList(0, warmup)) {
            an.analyze(a);
        }
        List<Article> measured = articles.subList(warmup, Math.min(articles.size(), warmup + limit));
        AtomicLong tokens = new AtomicLong();
        Map<Article, ParsedText> parses = new ConcurrentHashMap<>();
        AtomicLong parseNanos = new AtomicLong();
        AtomicLong stageNanos = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(analyzer.threads);
        long w0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (Article a : measured) {
            futures.add(pool.submit(() -> {
                long p0 = System.nanoTime();
                ParsedText pt = an.parse(a);
                long p1 = System.nanoTime();
                an.analyze(a, pt);
                stageNanos.addAndGet(System.nanoTime() - p1);
                parseNanos.addAndGet(p1 - p0);
                tokens.addAndGet(pt.tokens().size());
                parses.put(a, pt);
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double wall = (System.nanoTime() - w0) / 1e9;
        pool.shutdown();
        long peak = 0;
        for (MemoryPoolMXBean pool2 : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool2.getType() == MemoryType.HEAP) {
                peak += pool2.getPeakUsage().getUsed();
            }
        }
        System.out.printf("articles: %d%n", measured.size());
        System.out.printf("tokens: %d%n", tokens.get());
        System.out.printf("threads: %d%n", analyzer.threads);
        System.out.printf("model-load-s: %.1f%n", load);
        System.out.printf("wall-s: %.1f%n", wall);
        System.out.printf("tokens-per-s: %.0f%n", tokens.get() / wall);
        System.out.printf("articles-per-s: %.2f%n", measured.size() / wall);
        System.out.printf("stage-share: %.3f%n", stageNanos.get() / (double) (stageNanos.get() + parseNanos.get()));
        System.out.printf("peak-heap-mb: %d%n", peak / (1024 * 1024));
        double total = (parseNanos.get() + stageNanos.get()) / 1e9;
        if (gazetteer != null) {
            double geo = addedSeconds(parses, an, stagesOnly(Analyzer.standardStages(null)));
            System.out.printf("geoparse-s: %.2f%n", geo);
            System.out.printf("geoparse-share: %.4f%n", geo / total);
        }
        List<Stage> stages = Analyzer.standardStages(gazetteer);
        if (analyzer.newness != Newness.RULES) {
            double added = addedSeconds(parses, an, stagesOnly(stages));
            System.out.printf("newness-model-s: %.2f%n", added); // embedding and reading each sentence, on one thread
            System.out.printf("newness-model-share: %.4f%n", added / total);
        }
        double attribution = stageSeconds(parses, stages, Set.of(QuoteAttributor.class, ClaimExtractor.class));
        System.out.printf("attribution-s: %.3f%n", attribution);
        System.out.printf("attribution-share: %.4f%n", attribution / total);
        double events = stageSeconds(parses, stages, Set.of(EventExtractor.class));
        System.out.printf("events-s: %.3f%n", events);
        System.out.printf("events-share: %.4f%n", events / total);
        return new Measured(List.copyOf(articles.subList(0, warmup)), List.copyOf(measured), tokens.get(), wall);
    }

    /**
     * Plain CoreNLP over the same articles, warmed up on the same ones, on as many threads; prints its load time,
     * wall time, throughput in Dateline's tokens, and Dateline's speed over it.
     */
    private void baseline(List<Article> warm, List<Article> measured, long tokens, double datelineWall)
            throws Exception {
        long t0 = System.nanoTime();
        QuoteAnnotatorBaseline plain = new QuoteAnnotatorBaseline();
        double load = (System.nanoTime() - t0) / 1e9;
        for (Article a : warm) {
            plain.quotes(a.text(), a.date());
        }
        ExecutorService pool = Executors.newFixedThreadPool(analyzer.threads);
        long w0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (Article a : measured) {
            futures.add(pool.submit(() -> plain.quotes(a.text(), a.date())));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double wall = (System.nanoTime() - w0) / 1e9;
        pool.shutdown();
        System.out.printf("baseline-model-load-s: %.1f%n", load);
        System.out.printf("baseline-wall-s: %.1f%n", wall);
        System.out.printf("baseline-tokens-per-s: %.0f%n", tokens / wall);
        System.out.printf("speedup-over-baseline: %.2f%n", wall / datelineWall);
    }

    /** The time some stages take over the parses, on one thread, the others run untimed; best of three. */
    private static double stageSeconds(Map<Article, ParsedText> parses, List<Stage> stages,
                                       Set<Class<? extends Stage>> timed) {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long nanos = 0;
            for (var e : parses.entrySet()) {
                Analysis a = Analysis.start(e.getKey(), Quotations.mend(e.getValue()));
                for (Stage stage : stages) {
                    long t0 = System.nanoTime();
                    a = stage.apply(a);
                    if (timed.contains(stage.getClass())) {
                        nanos += System.nanoTime() - t0;
                    }
                }
            }
            best = Math.min(best, nanos);
        }
        return best / 1e9;
    }

    /** An analyzer that only runs stages over given parses. */
    private static Analyzer stagesOnly(List<Stage> stages) {
        return new Analyzer((text, date) -> {
            throw new IllegalStateException("not used");
        }, stages);
    }
}
