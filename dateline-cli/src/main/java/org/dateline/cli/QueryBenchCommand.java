package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.cli.bench.BenchQuery;
import org.dateline.cli.bench.CorpusBuild;
import org.dateline.cli.bench.Machine;
import org.dateline.cli.bench.QueryBenchmark;
import org.dateline.cli.bench.QueryChoices;
import org.dateline.cli.bench.SyntheticCorpus;
import org.dateline.store.CorpusStore;
import org.dateline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dateline bench queries}: the store's read times (p50, p95, max) on a corpus, made synthetic if asked. */
@Command(name = "queries", mixinStandardHelpOptions = true, description = {
        "Time the store's reads on a corpus database: filtered event queries (target p95 <= 50 ms), full-text "
                + "searches (target p95 <= 100 ms), quotes by speaker and entity profiles, with filter values read "
                + "from the corpus.",
        "With --synthetic N and no file at --db, first write a synthetic corpus of N events there through the "
                + "store's API (batches of " + CorpusBuild.BATCH + " articles, then one refresh), timing it."})
final class QueryBenchCommand implements Callable<Integer> {
    private static final long MIB = 1024 * 1024;
    private static final double PROGRESS_SECONDS = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Corpus database to time.")
    Path db;

    @Option(names = "--synthetic", paramLabel = "N",
            description = "When FILE does not exist, make it a synthetic corpus of N events.")
    Integer synthetic;

    @Option(names = "--runs", paramLabel = "R",
            description = "Measured runs of each query (default: ${DEFAULT-VALUE}).")
    int runs = 50;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Override
    public Integer call() {
        try {
            Machine m = Machine.current();
            System.out.printf(Locale.ROOT, "machine: %d cores, Java %s (%s), max heap %d MB, %s%n", m.cores(),
                    m.java(), m.vm(), m.maxHeapMb(), m.os());
            if (Files.exists(db)) {
                System.out.println("database: " + db + " exists, reused"
                        + (synthetic != null ? " (--synthetic ignored)" : ""));
            } else if (synthetic != null) {
                build(new SyntheticCorpus(synthetic, seed));
            } else {
                throw new CommandFailure("no database at " + db + "; make one with: dateline ingest --db " + db
                        + " PATH..., or give --synthetic N");
            }
            System.out.printf(Locale.ROOT, "file: %d MB%n", fileBytes() / MIB);
            QueryChoices c = choices();
            System.out.printf(Locale.ROOT, "corpus: %d articles, %d events, %d merged events (%d with 2+ sources,"
                    + " most sources %d, most reports %d)%n", c.articles(), c.events(), c.merged(), c.multiSource(),
                    c.maxSources(), c.maxReports());
            List<QueryBenchmark.Timing> timings;
            try (CorpusStore store = CorpusStore.open(db)) {
                timings = QueryBenchmark.run(store, QueryBenchmark.queries(c), runs);
            }
            print(timings);
            System.out.printf(Locale.ROOT, "peak heap: %d MB%n", Machine.peakHeapMb());
            return 0;
        } catch (CommandFailure | StoreException e) {
            Errors.print(e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private QueryChoices choices() {
        try {
            return QueryChoices.pick(db);
        } catch (SQLException e) {
            throw new CommandFailure("cannot read filter values from " + db + ": " + e.getMessage());
        }
    }

    private void build(SyntheticCorpus corpus) {
        System.out.printf(Locale.ROOT, "synthetic corpus: %d events in %d articles, seed %d, into %s%n",
                corpus.events(), corpus.articles(), seed, db);
        CorpusBuild.Result r;
        try (CorpusStore store = CorpusStore.open(db)) {
            r = CorpusBuild.write(corpus, store, CorpusBuild.BATCH, new CorpusBuild.Listener() {
                private double shown;

                @Override
                public void stored(int articles, long events, double seconds) {
                    if (seconds - shown >= PROGRESS_SECONDS || articles == corpus.articles()) {
                        shown = seconds;
                        System.out.printf(Locale.ROOT, "  %.0f s: %d of %d articles stored (%d events), %.0f"
                                + " articles/s, heap peak %d MB%n", seconds, articles, corpus.articles(), events,
                                articles / seconds, Machine.peakHeapMb());
                    }
                }

                @Override
                public void refreshing() {
                    System.out.println("  refreshing (stories, then merging all event reports)...");
                }
            });
        }
        System.out.printf(Locale.ROOT, "generate: %.1f s; put: %.1f s (%.0f articles/s); refresh: %.1f s (%d merged"
                        + " events); total %.1f s; peak heap %d MB%n", r.generateSeconds(), r.putSeconds(),
                r.articlesPerSecond(), r.refreshSeconds(), r.refresh().mergedEvents(),
                r.generateSeconds() + r.putSeconds() + r.refreshSeconds(), Machine.peakHeapMb());
    }

    private long fileBytes() {
        long bytes = 0;
        for (String suffix : List.of("", "-wal")) {
            Path f = Path.of(db + suffix);
            try {
                bytes += Files.exists(f) ? Files.size(f) : 0;
            } catch (IOException e) {
                throw new CommandFailure("cannot read the size of " + f + ": " + e.getMessage());
            }
        }
        return bytes;
    }

    private static void print(List<QueryBenchmark.Timing> timings) {
        Table table = new Table(List.of("QUERY", "GROUP", "MATCHES", "P50 MS", "P95 MS", "MAX MS"),
                List.of(80, 9, 7, 8, 8, 8));
        for (QueryBenchmark.Timing t : timings) {
            table.row(t.name(), t.group(), t.matches(), ms(t.p50Ms()), ms(t.p95Ms()), ms(t.maxMs()));
        }
        table.print(System.out);
        for (QueryBenchmark.Worst w : QueryBenchmark.worst(timings)) {
            BenchQuery.Group g = w.group();
            String target = g.targetMs() == 0 ? "no target"
                    : (w.withinTarget() ? "within" : "OVER") + " the " + ms(g.targetMs()) + " ms target";
            System.out.printf(Locale.ROOT, "worst p95 of %s: %s ms (%s), %s%n", g.label(), ms(w.p95Ms()), w.name(),
                    target);
        }
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
