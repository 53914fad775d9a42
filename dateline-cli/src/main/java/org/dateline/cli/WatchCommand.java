package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dateline.feeds.Fetcher;
import org.dateline.feeds.Source;
import org.dateline.feeds.WatchListener;
import org.dateline.feeds.Watcher;
import org.dateline.model.AnalyzedArticle;
import org.dateline.store.CorpusStore;
import org.dateline.store.SourceStatus;
import org.dateline.store.StoreException;
import org.dateline.store.export.JsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline watch SOURCE...}: follow feeds, sitemaps and folders, storing each new article as it comes. */
@Command(name = "watch", mixinStandardHelpOptions = true, description = {
        "Follow news sources continuously: each pass visits every source, fetches the pages it lists that the corpus",
        "has not seen, reads, analyses and stores them, and merges their events at once (a desk open on the same",
        "file shows them). A SOURCE is an RSS or Atom feed URL, a sitemap, sitemap index or news sitemap URL, a",
        "folder (new files in any reader format), or a file listing sources one per line (or OPML).",
        "The fetcher honours robots.txt, asks each host at most once per --per-host, sends conditional GETs, and",
        "retries what may pass a few times. Every failure is one line on standard error; nothing stops the loop.",
        "A restart (or a kill) goes on where the last run stopped, storing nothing twice. Ctrl-C stops it."})
final class WatchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Feeds, sitemaps, folders or source lists.")
    List<String> arguments = List.of();

    @Option(names = "--db", paramLabel = "FILE", description = "Corpus database (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("dateline.db");

    @Option(names = "--once", description = "One pass over the sources, then stop (exit 1 when a source failed).")
    boolean once;

    @Option(names = "--status", description = "Print each watched source's health and stop (JSON lines unless on a"
            + " terminal).")
    boolean status;

    @Mixin
    WatchOptions watch;

    @Mixin
    AnalyzerOptions analyzer;

    @Override
    public Integer call() {
        try {
            if (status) {
                return status();
            }
            if (arguments.isEmpty()) {
                throw new CommandFailure("name a SOURCE to watch (a feed or sitemap URL, a folder, or a list of"
                        + " them), or give --status");
            }
            List<Source> sources = WatchOptions.sources(arguments);
            try (CorpusStore store = CorpusStore.open(db);
                 Watcher watcher = new Watcher(store, new Fetcher(watch.policy()), analyzer::create, analyzer.threads,
                         new Lines())) {
                if (once) {
                    return watcher.pass(sources).failed() > 0 ? 1 : 0;
                }
                AtomicBoolean stopped = new AtomicBoolean();
                Thread main = Thread.currentThread();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stopped.set(true);
                    main.interrupt();
                }, "dateline-watch-stop"));
                System.err.println("dateline: watching " + sources.size() + " source" + (sources.size() == 1 ? ""
                        : "s") + " into " + db + ", a pass every " + DurationConverter.format(watch.every)
                        + " (Ctrl-C to stop)");
                try {
                    watcher.run(sources, watch.every, stopped::get);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 0;
            }
        } catch (CommandFailure | StoreException e) {
            System.err.println("dateline: " + e.getMessage());
            return 1;
        }
    }

    private int status() {
        if (!Files.isRegularFile(db)) {
            throw new CommandFailure("no database at " + db + "; create it with: dateline watch SOURCE...");
        }
        try (CorpusStore store = CorpusStore.openForQueries(db)) {
            List<SourceStatus> sources = store.sources();
            if (!Table.forPeople(false)) {
                sources.forEach(s -> System.out.println(JsonLines.of(s)));
                return 0;
            }
            if (sources.isEmpty()) {
                System.out.println("No source is watched into " + db + ".");
                return 0;
            }
            Table table = new Table(List.of("source", "kind", "last read", "articles", "items", "failed items",
                    "failed visits", "last error"), List.of(50, 7, 20, 8, 6, 12, 13, 60));
            for (SourceStatus s : sources) {
                table.row(s.address(), s.kind() == null ? "" : s.kind().name().toLowerCase(Locale.ROOT),
                        s.lastSuccess() == null ? "never" : s.lastSuccess().substring(0, 19).replace('T', ' '),
                        s.articlesStored(), s.itemsSeen(), s.itemErrors(), s.errors(),
                        s.consecutiveErrors() > 0 ? s.lastError() : "");
            }
            table.print(System.out);
            return 0;
        }
    }

    /** One line per stored article, per failure and per pass, on standard error. */
    static final class Lines implements WatchListener {
        @Override
        public void stored(Source source, String item, AnalyzedArticle record) {
            String title = record.article().title() == null ? item : record.article().title();
            System.err.println("dateline: stored \"" + title + "\" (" + record.events().size() + " event"
                    + (record.events().size() == 1 ? "" : "s") + ") from " + item);
        }

        @Override
        public void problem(String line) {
            System.err.println("dateline: " + line);
        }

        @Override
        public void passed(Watcher.Pass p) {
            System.err.printf(Locale.ROOT, "dateline: pass over %d sources (%d failed): %d new items, %d articles"
                    + " stored, %d items failed, in %.1f s%n", p.sources(), p.failed(), p.newItems(), p.stored(),
                    p.problems(), p.duration().toMillis() / 1000.0);
        }
    }
}
