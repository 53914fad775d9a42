package org.dateline.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dateline.analysis.Analyzer;
import org.dateline.cli.bench.FeedSite;
import org.dateline.cli.bench.Machine;
import org.dateline.cli.bench.SyntheticCorpus;
import org.dateline.feeds.FetchPolicy;
import org.dateline.feeds.Fetcher;
import org.dateline.feeds.Source;
import org.dateline.feeds.Sources;
import org.dateline.feeds.WatchListener;
import org.dateline.feeds.Watcher;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.parse.ParsedText;
import org.dateline.store.CorpusStore;
import org.dateline.web.DeskConfig;
import org.dateline.web.DeskServer;
import org.dateline.web.Once;
import org.dateline.web.PlaceLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline bench feeds}: following feeds, timed against a local site. */
@Command(name = "feeds", mixinStandardHelpOptions = true, description = {
        "Time `dateline watch` against a local news site this command serves on the loopback interface: the",
        "incremental merge per new article at corpus sizes (--merge), a pass over --feeds feeds of --items pages",
        "without analysis, then with it (throughput), the time from an item appearing in a feed to its event being",
        "served by /api/events with a pass every --every (latency), and heap and RSS over a soak with items arriving",
        "(--soak). Pages are synthetic articles (the query benchmark's generator)."})
final class FeedsBenchCommand implements Callable<Integer> {
    private static final long MIB = 1024 * 1024;
    private static final String[] TOWNS = {"Kupiansk", "Izium", "Balakliia", "Chuhuiv", "Vovchansk"};

    @Option(names = "--merge", split = ",", paramLabel = "EVENTS",
            description = "Corpus sizes (event reports) to time the incremental merge at (default: 10000,100000;"
                    + " 0 to skip).")
    int[] merge = {10_000, 100_000};

    @Option(names = "--feeds", paramLabel = "N", description = "Feeds (default: ${DEFAULT-VALUE}).")
    int feeds = 50;

    @Option(names = "--items", paramLabel = "N", description = "Pages over all feeds (default: ${DEFAULT-VALUE};"
            + " 0 to skip the throughput passes).")
    int items = 2_000;

    @Option(names = "--latency", paramLabel = "RUNS", description = "Items timed from feed to /api/events"
            + " (default: ${DEFAULT-VALUE}).")
    int latencyRuns = 5;

    @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "The pass interval while timing latency and soaking (default: 2s).")
    Duration every = Duration.ofSeconds(2);

    @Option(names = "--soak", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to watch with items arriving, sampling memory every minute (default: 0, none).")
    Duration soak = Duration.ZERO;

    @Option(names = "--arrive-every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "While soaking, a new item every (default: 10s).")
    Duration arriveEvery = Duration.ofSeconds(10);

    @Mixin
    AnalyzerOptions analyzer;

    @Override
    public Integer call() throws Exception {
        Machine m = Machine.current();
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MiB, %s%n", m.cores(), m.java(),
                m.maxHeapMb(), m.os());
        Path dir = Files.createTempDirectory("dateline-bench-feeds");
        try {
            for (int events : merge) {
                if (events > 0) {
                    mergeBench(dir, events);
                }
            }
            if (items > 0 || latencyRuns > 0 || !soak.isZero()) {
                watchBench(dir);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return 0;
    }

    /** The incremental merge of 50 new articles, one at a time, onto a corpus of {@code events} reports. */
    private void mergeBench(Path dir, int events) {
        int added = 50;
        SyntheticCorpus corpus = new SyntheticCorpus(events + added * SyntheticCorpus.EVENTS_PER_ARTICLE, 42);
        int base = corpus.articles() - added;
        try (CorpusStore store = CorpusStore.open(dir.resolve("merge-" + events + ".db"))) {
            List<AnalyzedArticle> batch = new ArrayList<>();
            for (int i = 0; i < base; i++) {
                batch.add(corpus.next());
                if (batch.size() == 500 || i == base - 1) {
                    store.put(batch);
                    batch.clear();
                }
            }
            long t0 = System.nanoTime();
            store.refresh();
            double full = (System.nanoTime() - t0) / 1e6;
            long merged = store.mergedEventCount();
            double[] ms = new double[added];
            double[] mergeMs = new double[added];
            for (int i = 0; i < added; i++) {
                AnalyzedArticle a = corpus.next();
                long s = System.nanoTime();
                store.put(List.of(a));
                long p = System.nanoTime();
                store.refresh();
                ms[i] = (System.nanoTime() - s) / 1e6;
                mergeMs[i] = (System.nanoTime() - p) / 1e6;
            }
            Arrays.sort(mergeMs);
            long r0 = System.nanoTime();
            store.remerge();
            double again = (System.nanoTime() - r0) / 1e6;
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "merge: %,d merged events (%,d reports): a new article stored and merged"
                            + " in median %.1f ms, p95 %.1f ms, max %.1f ms (%d articles; the merge alone median"
                            + " %.1f ms, p95 %.1f ms); the whole corpus merged in %.0f ms (first merge %.0f ms)%n",
                    merged, store.eventCount(), ms[added / 2], ms[(int) Math.ceil(0.95 * added) - 1], ms[added - 1],
                    added, mergeMs[added / 2], mergeMs[(int) Math.ceil(0.95 * added) - 1], again, full);
        }
    }

    private void watchBench(Path dir) throws Exception {
        try (FeedSite site = new FeedSite(Math.max(1, feeds))) {
            List<Source> sources = Sources.of(java.util.stream.IntStream.range(0, Math.max(1, feeds))
                    .mapToObj(site::feed).toList(), p -> System.err.println("dateline: " + p));
            SyntheticCorpus corpus = new SyntheticCorpus(Math.max(1, items) * SyntheticCorpus.EVENTS_PER_ARTICLE
                    + 100_000, 7);
            FetchPolicy policy = FetchPolicy.defaults().withPerHost(Duration.ZERO);
            if (items > 0) {
                int chars = 0;
                for (int i = 0; i < items; i++) {
                    Article a = corpus.next().article();
                    chars += a.text().length();
                    site.add(i % feeds, "t" + i, a.title() == null ? "Report " + i : a.title(), a.date(), a.text());
                }
                try (CorpusStore bare = CorpusStore.open(dir.resolve("bare.db"));
                     Watcher w = new Watcher(bare, new Fetcher(policy), FeedsBenchCommand::noAnalysis,
                             analyzer.threads, quiet())) {
                    Watcher.Pass p = w.pass(sources);
                    System.out.printf(Locale.ROOT, "throughput without analysis: %d feeds, %,d items, %,d stored in"
                            + " %.1f s: %.1f items/s (fetch, read, store, merge)%n", feeds, p.newItems(), p.stored(),
                            seconds(p.duration()), p.stored() / seconds(p.duration()));
                }
                try (CorpusStore store = CorpusStore.open(dir.resolve("watch.db"));
                     Watcher w = new Watcher(store, new Fetcher(policy), analyzer::create, analyzer.threads,
                             quiet())) {
                    long t0 = System.nanoTime();
                    w.pass(sources.subList(0, 1)); // loads the models on the first article
                    double load = (System.nanoTime() - t0) / 1e9;
                    Watcher.Pass p = w.pass(sources);
                    System.out.printf(Locale.ROOT, "throughput with analysis (%d threads): %d feeds, %,d items"
                                    + " (%,d characters), %,d stored in %.1f s: %.2f items/s, %,.0f characters/s;"
                                    + " first feed with model load %.1f s%n", analyzer.threads, feeds, items, chars,
                            p.stored(), seconds(p.duration()), p.stored() / seconds(p.duration()),
                            chars / seconds(p.duration()), load);
                }
            }
            if (latencyRuns > 0 || !soak.isZero()) {
                liveBench(dir, site, sources, policy, corpus);
            }
        }
    }

    /** Latency from feed to /api/events with a desk on the corpus, then the soak. */
    private void liveBench(Path dir, FeedSite site, List<Source> sources, FetchPolicy policy,
                           SyntheticCorpus corpus) throws Exception {
        Once<Analyzer> analyzers = new Once<>(analyzer::create);
        analyzers.get();
        try (CorpusStore store = CorpusStore.open(dir.resolve(items > 0 ? "watch.db" : "live.db"));
             Watcher w = new Watcher(store, new Fetcher(policy), analyzers, analyzer.threads, quiet())) {
            DeskServer desk = DeskServer.start(DeskConfig.local(0), store, analyzers, PlaceLookup.corpusOnly(store));
            AtomicBoolean stopped = new AtomicBoolean();
            List<Source> one = sources.subList(0, 1);
            w.pass(one);
            Thread watching = new Thread(() -> {
                try {
                    w.run(one, every, stopped::get);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-watch");
            watching.start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                List<Double> latencies = new ArrayList<>();
                for (int run = 0; run < latencyRuns; run++) {
                    LocalDate day = LocalDate.of(2030, 1, 1).plusDays(run * 3L);
                    URI probe = URI.create(desk.uri() + "api/events?from=" + day + "&to=" + day.plusDays(1)
                            + "&limit=10");
                    String town = TOWNS[run % TOWNS.length];
                    site.add(0, "live" + run, "Shelling in " + town, day, "Russian forces shelled the town of " + town
                            + " in Ukraine's Kharkiv region on " + day.getDayOfWeek().getDisplayName(
                            java.time.format.TextStyle.FULL, Locale.ENGLISH) + ", killing " + (run + 2)
                            + " civilians, the regional governor said.\n\nThe shells hit a market and a school, he"
                            + " said on Telegram.");
                    long t0 = System.nanoTime();
                    while (!http.send(HttpRequest.newBuilder(probe).build(), HttpResponse.BodyHandlers.ofString())
                            .body().contains("\"id\"")) {
                        if (System.nanoTime() - t0 > Duration.ofMinutes(2).toNanos()) {
                            throw new IllegalStateException("the item of run " + run + " never reached /api/events");
                        }
                        Thread.sleep(50);
                    }
                    latencies.add((System.nanoTime() - t0) / 1e9);
                }
                if (!latencies.isEmpty()) {
                    System.out.printf(Locale.ROOT, "latency, feed item to /api/events (a pass every %s): %s s;"
                                    + " median %.1f s%n", DurationConverter.format(every), latencies.stream()
                                    .map(l -> String.format(Locale.ROOT, "%.1f", l)).toList(),
                            latencies.stream().sorted().toList().get(latencies.size() / 2));
                }
                if (!soak.isZero()) {
                    soak(site, corpus, store);
                }
            } finally {
                stopped.set(true);
                watching.join(30_000);
                desk.close();
            }
        }
    }

    /** Items arriving every {@code arriveEvery} for {@code soak}; heap after a GC and RSS every minute. */
    private void soak(FeedSite site, SyntheticCorpus corpus, CorpusStore store) throws InterruptedException {
        long end = System.nanoTime() + soak.toNanos();
        long nextSample = System.nanoTime();
        long nextItem = System.nanoTime();
        int added = 0;
        long startArticles = store.articleCount();
        List<long[]> samples = new ArrayList<>();
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            if (now >= nextItem) {
                Article a = corpus.next().article();
                site.add(0, "soak" + added, a.title() == null ? "Soak " + added : a.title(), a.date(), a.text());
                added++;
                nextItem += arriveEvery.toNanos();
            }
            if (now >= nextSample) {
                System.gc();
                Runtime r = Runtime.getRuntime();
                long heap = (r.totalMemory() - r.freeMemory()) / MIB;
                long rss = rssMb();
                samples.add(new long[] {samples.size(), heap, rss, store.articleCount() - startArticles});
                System.out.printf(Locale.ROOT, "soak: minute %d, heap after GC %d MiB, RSS %d MiB, %d articles"
                        + " stored%n", samples.size() - 1, heap, rss, store.articleCount() - startArticles);
                nextSample += Duration.ofMinutes(1).toNanos();
            }
            Thread.sleep(200);
        }
        long[] first = samples.get(Math.min(1, samples.size() - 1));
        long[] last = samples.get(samples.size() - 1);
        System.out.printf(Locale.ROOT, "soak: %s, %d items arrived, %d stored; heap after GC %d MiB at minute %d,"
                        + " %d MiB at the end (max %d MiB); RSS %d to %d MiB%n", DurationConverter.format(soak), added,
                last[3], first[1], first[0], last[1], samples.stream().mapToLong(s -> s[1]).max().orElse(0),
                first[2], last[2]);
    }

    private static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static double seconds(Duration d) {
        return Math.max(1e-9, d.toNanos() / 1e9);
    }

    /** An analyzer that finds nothing, to time what following costs without analysis. */
    private static Analyzer noAnalysis() {
        return new Analyzer((text, date) -> new ParsedText(text, date, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of()), List.of());
    }

    private static WatchListener quiet() {
        return new WatchListener() {
            @Override
            public void stored(Source source, String item, AnalyzedArticle record) {
            }

            @Override
            public void problem(String line) {
                System.err.println("dateline: " + line);
            }
        };
    }
}
