package org.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dateline.analysis.Analyzer;
import org.dateline.feeds.Fetcher;
import org.dateline.feeds.Source;
import org.dateline.feeds.Watcher;
import org.dateline.geo.Gazetteer;
import org.dateline.store.CorpusStore;
import org.dateline.store.StoreException;
import org.dateline.web.AnalyzerStatus;
import org.dateline.web.DeskConfig;
import org.dateline.web.DeskServer;
import org.dateline.web.Once;
import org.dateline.web.PlaceLookup;
import org.dateline.web.TileSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline serve}: the analyst's desk (map, timeline, evidence) and its REST API over a corpus database. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Serve the analyst's desk over a corpus database: a web page (map, timeline, evidence) and its REST API "
                + "(described at /openapi.json).",
        "On 127.0.0.1 (the default) articles may be posted for analysis; on another address only with a token "
                + "(--token-file or DATELINE_TOKEN), which every POST must then carry. Ctrl-C stops it."})
final class ServeCommand extends StoreReadCommand {
    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port = DeskConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = DeskConfig.LOCALHOST;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File whose first line is the token POST requests must carry (default: $DATELINE_TOKEN).")
    Path tokenFile;

    @Option(names = "--tiles", paramLabel = "URL",
            description = "Map tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (default: the"
                    + " page's own world outline, no requests to a tile server).")
    String tiles;

    @Option(names = "--attribution", paramLabel = "TEXT", description = "The tiles' attribution, shown on the map.")
    String attribution;

    @Option(names = "--vendor", paramLabel = "DIR",
            description = "The page's npm packages (default: web/node_modules of the installation).")
    Path vendor;

    @Option(names = "--watch", paramLabel = "SOURCE", split = ",",
            description = "Follow these sources in the server's process, as `dateline watch` does (a file listing"
                    + " them, a feed or sitemap URL, or a folder; several separated by commas): the desk shows new"
                    + " events as they are stored, and GET /api/sources the sources' health.")
    List<String> watchSources = List.of();

    @Mixin
    WatchOptions watch;

    @Mixin
    AnalyzerOptions analyzer;

    /**
     * The desk takes posted articles, so it opens the corpus for writing (its integrity checked); a corpus that cannot
     * be written (read-only, damaged) is served read-only, saying why, and posts are then refused with that reason.
     */
    @Override
    CorpusStore open(Path file) {
        try {
            if (Files.size(file) == 0) {
                return CorpusStore.openForQueries(file);
            }
            return CorpusStore.open(file);
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.READ_ONLY && e.kind() != StoreException.Kind.CORRUPT) {
                throw e;
            }
            Errors.print(e.getMessage() + "; serving it read-only: articles cannot be posted");
            return CorpusStore.openForQueries(file);
        }
    }

    @Override
    int read(CorpusStore store) {
        Path vendorFolder = vendor != null ? vendor
                : Path.of(System.getProperty("dateline.home", ".")).resolve("web").resolve("node_modules");
        DeskConfig config = new DeskConfig(host, port, token(), tiles == null ? null : TileSource.of(tiles),
                attribution, vendorFolder, DeskConfig.DEFAULT_MAX_BODY_BYTES);
        if (!Files.isDirectory(vendorFolder.resolve("leaflet"))) {
            System.err.println("dateline: the page's map libraries are missing (no " + vendorFolder.resolve("leaflet")
                    + "); install them with: npm ci --prefix web");
        }
        List<Source> sources = watchSources.isEmpty() ? List.of() : WatchOptions.sources(watchSources);
        if (!sources.isEmpty() && store.readOnly()) {
            throw new CommandFailure("cannot watch sources into a corpus served read-only (see above)");
        }
        Once<Gazetteer> gazetteer = new Once<>(analyzer::openGazetteer);
        Once<Analyzer> analyzers = new Once<>(() -> analyzer.create(gazetteer.get()));
        DeskServer server;
        try {
            server = DeskServer.start(config, store, analyzers, new PlaceLookup(store, gazetteer),
                    () -> placeNames(analyzer.gazetteerFile()));
        } catch (UncheckedIOException e) {
            throw new CommandFailure(e.getCause().getMessage());
        }
        Watching watching = sources.isEmpty() ? null
                : Watching.start(new Watcher(store, new Fetcher(watch.policy()), analyzers, analyzer.threads,
                        new WatchCommand.Lines()), sources, watch.every);
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            if (watching != null) {
                watching.close();
            }
            server.close();
            store.close();
            if (gazetteer.made() && gazetteer.get() != null) {
                gazetteer.get().close();
            }
            stopped.countDown();
        };
        Thread onExit = new Thread(stop, "dateline-serve-stop");
        Runtime.getRuntime().addShutdownHook(onExit);
        if (!config.takesArticles()) {
            System.err.println("dateline: no token, so articles cannot be posted on " + host
                    + " (give --token-file FILE or DATELINE_TOKEN to allow it)");
        }
        if (server.analyzer().state() == AnalyzerStatus.State.LOADING) {
            System.err.println("dateline: loading the analyzer's models in the background, for posted articles"
                    + " (GET /api/config says when they are ready)");
        }
        if (watching != null) {
            System.err.println("dateline: watching " + sources.size() + " source" + (sources.size() == 1 ? "" : "s")
                    + ", a pass every " + DurationConverter.format(watch.every));
        }
        System.err.println("dateline: serving " + server.uri() + " (Ctrl-C to stop)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // stopped from within the process (a test, an embedding program) rather than by a signal
            Runtime.getRuntime().removeShutdownHook(onExit);
            stop.run();
        }
        return 0;
    }

    /** A watcher running passes on a thread of its own until closed. */
    private record Watching(Watcher watcher, Thread thread, AtomicBoolean stopped) implements AutoCloseable {
        static Watching start(Watcher watcher, List<Source> sources, Duration every) {
            AtomicBoolean stopped = new AtomicBoolean();
            Thread thread = new Thread(() -> {
                try {
                    watcher.run(sources, every, stopped::get);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    System.err.println("dateline: watching stopped: " + e.getMessage());
                }
            }, "dateline-watch");
            thread.setDaemon(true);
            thread.start();
            return new Watching(watcher, thread, stopped);
        }

        @Override
        public void close() {
            stopped.set(true);
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            watcher.close();
        }
    }

    /** The places the map names, from the gazetteer index (none when there is no index). */
    private static List<DeskServer.PlaceName> placeNames(Path index) {
        if (index == null || !Files.isRegularFile(index)) {
            return List.of();
        }
        List<DeskServer.PlaceName> names = new ArrayList<>();
        try (Gazetteer g = Gazetteer.openForLookups(index)) {
            g.populatedPlaces(1, p -> names.add(new DeskServer.PlaceName(p.name(), p.lat(), p.lon(), p.featureCode(),
                    p.population(), p.country())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The token of --token-file, else of DATELINE_TOKEN, else null. */
    private String token() {
        if (tokenFile == null) {
            String env = System.getenv("DATELINE_TOKEN");
            return env == null || env.isBlank() ? null : env.strip();
        }
        try {
            String first = Files.readAllLines(tokenFile).stream().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new CommandFailure("the token file " + tokenFile + " is empty");
            }
            return first;
        } catch (IOException e) {
            throw new CommandFailure("cannot read the token file " + tokenFile + ": " + e.getMessage());
        }
    }
}
