package org.dateline.cli;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.cli.bench.Machine;
import org.dateline.web.bench.HttpLoad;
import org.dateline.web.bench.LoadResult;
import org.dateline.web.bench.MapViews;
import org.dateline.web.bench.QueryVariants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dateline bench http}: a desk's requests per second and latency percentiles under N concurrent clients. */
@Command(name = "http", mixinStandardHelpOptions = true, description = {
        "Load a running desk (dateline serve) with N client threads, each sending GET requests one after another,",
        "and print requests, errors (non-2xx or no answer), throughput and latency percentiles (target: no errors,",
        "p99 <= 200 ms). An /api/events URL is varied over the corpus's two most frequent kinds, map views around",
        "its events' places and a kind within a view, unless --exact; with --views, every request asks a map view",
        "never asked before (so the server's cache cannot answer), and with --tiles each view's place-name tiles",
        "too, as the page asks them."})
final class HttpBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The URL to load.")
    URI url;

    @Option(names = "--clients", paramLabel = "N", description = "Client threads (default: ${DEFAULT-VALUE}).")
    int clients = 200;

    @Option(names = "--seconds", paramLabel = "S", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    int seconds = 30;

    @Option(names = "--warmup", paramLabel = "S",
            description = "Seconds of load first, not measured (default: ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--exact", description = "Send the URL as it is, never varied.")
    boolean exact;

    @Option(names = "--views", description = "Ask every /api/events request for a new map view (bbox), uncached.")
    boolean views;

    @Option(names = "--tiles", description = "With --views: after each view, its place-name tiles (/api/places).")
    boolean tiles;

    @Option(names = "--new-connections", description = "Open a new connection for every request (Connection: close),"
            + " as clients that never keep one alive do; http:// only.")
    boolean newConnections;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the --views walk (default: ${DEFAULT-VALUE}).")
    long seed = 17;

    @Override
    public Integer call() throws InterruptedException {
        if (clients < 1 || seconds < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--clients and --seconds must be at least 1, --warmup"
                    + " at least 0");
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new ParameterException(spec.commandLine(), "--url must be an http(s) URL, got " + url);
        }
        if ((views && exact) || (tiles && !views)) {
            throw new ParameterException(spec.commandLine(), "--views cannot go with --exact, and --tiles needs"
                    + " --views");
        }
        if (views && !url.getPath().endsWith("/api/events")) {
            throw new ParameterException(spec.commandLine(), "--views varies an /api/events URL, got " + url);
        }
        HttpLoad.Connections connections = newConnections ? HttpLoad.Connections.NEW_PER_REQUEST
                : HttpLoad.Connections.KEEP_ALIVE;
        if (newConnections && !"http".equals(url.getScheme())) {
            throw new ParameterException(spec.commandLine(), "--new-connections needs an http:// URL, got " + url);
        }
        HttpLoad load;
        String what;
        try {
            if (views) {
                MapViews walk = MapViews.of(url, tiles, seed);
                load = new HttpLoad(walk, clients, connections);
                what = walk.describe();
            } else {
                List<URI> urls = exact ? List.of(url) : QueryVariants.of(url);
                load = new HttpLoad(urls, clients, connections);
                what = urls.size() + " URLs in turn:\n  " + String.join("\n  ", urls.stream().map(URI::toString)
                        .toList());
            }
        } catch (IOException e) {
            System.err.println("dateline: cannot reach " + url + ": " + e.getMessage());
            return 1;
        }
        Machine m = Machine.current();
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s (%s)%n", m.cores(), m.java(), m.vm());
        System.out.printf(Locale.ROOT, "load: %d clients (%s), %d s after %d s of warm-up, over %s%n", clients,
                newConnections ? "a new connection per request" : "kept-alive connections", seconds, warmup, what);
        LoadResult r = load.run(Duration.ofSeconds(warmup), Duration.ofSeconds(seconds));
        System.out.printf(Locale.ROOT, "requests: %d in %.1f s%n", r.requests(), r.seconds());
        System.out.printf(Locale.ROOT, "errors: %d%n", r.errors());
        r.errorSamples().forEach(e -> System.out.println("  " + e));
        System.out.printf(Locale.ROOT, "throughput: %.0f requests/s%n", r.perSecond());
        System.out.printf(Locale.ROOT, "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", r.p50Ms(), r.p95Ms(),
                r.p99Ms(), r.maxMs());
        return r.errors() > 0 ? 1 : 0;
    }
}
