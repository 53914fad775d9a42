package org.dateline.web;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.dateline.analysis.Analyzer;
import org.dateline.store.CorpusStore;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The analyst's desk: the REST API over a corpus store ({@link Routes}), the page, and the page's npm packages,
 * served by Javalin. Every response carries the {@link SecurityHeaders}; every error is JSON ({@link ErrorResponses},
 * {@link JettyErrors}); requests that change the corpus pass the {@link WriteGuard}, and on a loopback server every
 * request the {@link HostCheck}. Start with {@link #start}, stop with {@link #close}; the store stays the caller's.
 */
public final class DeskServer implements AutoCloseable {
    /** Read answers kept at most, and their bytes at most (a default page of events is about 45 kB). */
    private static final int CACHED_ANSWERS = 2_000;
    private static final long CACHED_BYTES = 64L * 1024 * 1024;
    /**
     * Request threads: a few per core. Reads are short and use the CPU; more threads only switch more (measured on 2
     * cores, 200 clients, no cache: 8 threads answered 1,100 to 1,250 requests/s, p99 about 340 ms; Javalin's default
     * of up to 250 threads 660 requests/s, p99 470 ms).
     */
    private static final int THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    /**
     * Connections waiting to be accepted: the listen backlog. Jetty's default of 50 overflowed under 200 clients each
     * opening a new connection per request (SYN retransmits of 1 s and more); the kernel caps it at somaxconn.
     */
    static final int ACCEPT_QUEUE = 1024;
    /** A connection silent this long is closed, and so is a request body that stops arriving. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);
    /**
     * The slowest a request body may arrive, bytes per second, once it has begun: a client sending a byte every few
     * seconds is answered 408 instead of holding a thread (a 2 MB body at this rate still takes 40 s).
     */
    static final int MIN_REQUEST_BYTES_PER_SECOND = 50 * 1024;
    /** How often the live feed checks whether another process changed the corpus, and how often it says it lives. */
    private static final Duration FEED_POLL = Duration.ofSeconds(1);
    private static final Duration FEED_HEARTBEAT = Duration.ofSeconds(15);
    private final Javalin app;
    private final DeskConfig config;
    private final LiveFeed feed;
    private final ArticleIntake intake;

    private DeskServer(Javalin app, DeskConfig config, LiveFeed feed, ArticleIntake intake) {
        this.app = app;
        this.config = config;
        this.feed = feed;
        this.intake = intake;
    }

    /**
     * Starts a server.
     *
     * @param config    where and how to serve
     * @param store     the corpus (open; closed by the caller after the server)
     * @param analyzers makes the analyzer of posted articles, on the first one
     * @param places    resolves the {@code near} filter
     * @throws UncheckedIOException when it cannot listen on the host and port (a port in use)
     */
    public static DeskServer start(DeskConfig config, CorpusStore store, Supplier<Analyzer> analyzers,
                                   PlaceLookup places) {
        return start(config, store, analyzers, places, List::of);
    }

    /**
     * Starts a server whose map names the places {@code names} reads (from the gazetteer: {@link #placeNames}),
     * read in the background; when it takes articles, the analyzer's models start loading in the background too.
     *
     * @see #start(DeskConfig, CorpusStore, Supplier, PlaceLookup)
     */
    public static DeskServer start(DeskConfig config, CorpusStore store, Supplier<Analyzer> analyzers,
                                   PlaceLookup places, Supplier<List<PlaceName>> names) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(store, "store");
        SecurityHeaders security = new SecurityHeaders(config.tiles());
        JettyErrors jettyErrors = new JettyErrors(security);
        HostCheck hosts = new HostCheck(config);
        WriteGuard writes = new WriteGuard(config);
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.asyncTimeout = ArticleIntake.MAX_WAIT.toMillis();
            c.jetty.threadPool = new QueuedThreadPool(THREADS, Math.min(8, THREADS), 60_000);
            c.jetty.modifyHttpConfiguration(http -> {
                http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
            });
            c.jetty.addConnector((server, http) -> connector(server, http, config));
            c.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
            c.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(jettyErrors));
        });
        app.before(ctx -> {
            security.apply(ctx.res());
            hosts.check(ctx);
            writes.check(ctx);
        });
        ErrorResponses.register(app);
        LiveFeed feed = new LiveFeed(store, FEED_POLL, FEED_HEARTBEAT);
        ArticleIntake intake = new ArticleIntake(store, analyzers);
        EventParams params = new EventParams(places, new KnownKinds(store));
        Routes.register(app, Routes.all(new Routes.Groups(new EventRoutes(store, params),
                        new ArticleRoutes(store, intake, config.maxBodyBytes(), feed::changed),
                        new CorpusRoutes(store, config, intake), new ExportRoutes(store, params, Clock.systemUTC()),
                        feed, new BaseMapRoutes(config.vendor(), () -> labels(names.get())),
                        new VendorFiles(config.vendor())),
                new ResponseCache(store::dataVersion, CACHED_ANSWERS, CACHED_BYTES)));
        try {
            app.start();
        } catch (JavalinBindException e) {
            feed.close();
            throw new UncheckedIOException(new BindException("cannot listen on " + config.host() + ":"
                    + config.port() + ": " + e.getMessage()));
        }
        if (config.takesArticles()) {
            intake.warmUp();
        }
        return new DeskServer(app, config, feed, intake);
    }

    /** The one connector: the configured host and port, a deep listen backlog, idle connections closed. */
    private static ServerConnector connector(Server server, HttpConfiguration http, DeskConfig config) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        return connector;
    }

    /**
     * A place the map names: its name, point, GeoNames feature code (PPLC for a capital, PPLA for the seat of a
     * first-level area) and population.
     */
    public record PlaceName(String name, double lat, double lon, String featureCode, long population,
                            String country) {
    }

    private static List<PlaceLabels.PlaceLabel> labels(List<PlaceName> names) {
        return names.stream().map(n -> new PlaceLabels.PlaceLabel(n.name(), n.lat(), n.lon(),
                PlaceLabels.Kind.of(n.featureCode(), n.population()), n.population(), n.country())).toList();
    }

    /** Where the analyzer of posted articles is: loading in the background, ready, failed, or off. */
    public AnalyzerStatus analyzer() {
        return config.takesArticles() ? intake.status() : new AnalyzerStatus(AnalyzerStatus.State.OFF, null, null);
    }

    /** The port it listens on (the one chosen when the config said 0). */
    public int port() {
        return app.port();
    }

    /** Its address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Stops serving: requests in flight finish first. */
    @Override
    public void close() {
        feed.close();
        app.stop();
        intake.close();
    }
}
