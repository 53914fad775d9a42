package org.dateline.web.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load: N client threads, each sending GET requests one after another (java.net.http, HTTP/1.1
 * with kept-alive connections; or, with {@link Connections#NEW_PER_REQUEST}, a new connection for every request) over
 * the given URLs in turn, for a warm-up that is not counted and then for the
 * measured time. Latency is from sending a request to having its whole body.
 */
public final class HttpLoad {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int ERROR_SAMPLES = 5;
    private final Requests requests;
    private final int clients;
    private final HttpClient client;
    private final Connections connections;

    /** Whether clients keep their connections alive or open one per request. */
    public enum Connections { KEEP_ALIVE, NEW_PER_REQUEST }

    /** What a client asks next: the URL of its {@code n}-th request (each client counts from its own index). */
    @FunctionalInterface
    public interface Requests {
        URI next(int client, long n);
    }

    /** A load over these URLs in turn. */
    public HttpLoad(List<URI> urls, int clients) {
        this(inTurn(urls), clients, Connections.KEEP_ALIVE);
    }

    /** A load over these URLs in turn, its clients keeping their connections or not. */
    public HttpLoad(List<URI> urls, int clients, Connections connections) {
        this(inTurn(urls), clients, connections);
    }

    /** A load whose URLs {@code requests} makes, one client at a time (called from that client's thread only). */
    public HttpLoad(Requests requests, int clients, Connections connections) {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1, got " + clients);
        }
        this.requests = Objects.requireNonNull(requests, "requests");
        this.clients = clients;
        this.connections = Objects.requireNonNull(connections, "connections");
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static Requests inTurn(List<URI> urls) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no URL to load");
        }
        List<URI> all = List.copyOf(urls);
        return (c, n) -> all.get((int) ((c + n) % all.size()));
    }

    /** Runs the warm-up, then the measured load; blocks until both are over. */
    public LoadResult run(Duration warmup, Duration measured) throws InterruptedException {
        Objects.requireNonNull(measured, "measured");
        if (!warmup.isZero()) {
            phase(warmup);
        }
        return phase(measured);
    }

    private LoadResult phase(Duration length) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        Client[] workers = new Client[clients];
        Thread[] threads = new Thread[clients];
        CountDownLatch start = new CountDownLatch(1);
        AtomicLong errors = new AtomicLong();
        Set<String> samples = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < clients; i++) {
            workers[i] = new Client(i, end, start, errors, samples);
            threads[i] = new Thread(workers[i], "load-" + i);
            threads[i].start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] all = Arrays.stream(workers).flatMapToLong(w -> Arrays.stream(w.latencies, 0, w.count)).sorted()
                .toArray();
        List<String> someErrors = samples.stream().sorted().limit(ERROR_SAMPLES).toList();
        return new LoadResult(clients, seconds, all.length, errors.get(), all.length / seconds, ms(all, 0.50),
                ms(all, 0.95), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, someErrors);
    }

    /** The latency at quantile {@code q} (nearest rank), in milliseconds. */
    static double ms(long[] sortedNanos, double q) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    /** One client: requests one after another until the end, each latency kept. */
    private final class Client implements Runnable {
        private final int index;
        private final long end;
        private final CountDownLatch start;
        private final AtomicLong errors;
        private final Set<String> samples;
        private long[] latencies = new long[1024];
        private int count;

        Client(int index, long end, CountDownLatch start, AtomicLong errors, Set<String> samples) {
            this.index = index;
            this.end = end;
            this.start = start;
            this.errors = errors;
            this.samples = samples;
        }

        @Override
        public void run() {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            for (long n = 0; System.nanoTime() < end; n++) {
                URI url = requests.next(index, n);
                long t0 = System.nanoTime();
                try {
                    int status = status(url);
                    keep(System.nanoTime() - t0);
                    if (status / 100 != 2) {
                        fail("HTTP " + status + " from " + url);
                    }
                } catch (IOException e) {
                    keep(System.nanoTime() - t0);
                    fail(e.getClass().getSimpleName() + ": " + e.getMessage() + " from " + url);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private int status(URI url) throws IOException, InterruptedException {
            if (connections == Connections.NEW_PER_REQUEST) {
                return OneShotGet.get(url, REQUEST_TIMEOUT);
            }
            HttpRequest request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
        }

        private void keep(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        private void fail(String what) {
            errors.incrementAndGet();
            if (samples.size() < ERROR_SAMPLES * 4) {
                samples.add(what);
            }
        }
    }
}
