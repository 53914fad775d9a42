package org.dateline.feeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher's politeness and limits against a local server. */
class FetcherTest {
    FixtureServer server;
    final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Fetcher fetcher(FetchPolicy policy) {
        return new Fetcher(policy, waits::add, System::nanoTime);
    }

    @Test
    void aGzippedBodyIsDecompressed() throws IOException {
        byte[] page = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(page);
        }
        server.route("/p", ex -> {
            assertEquals("gzip", ex.getRequestHeaders().getFirst("Accept-Encoding"));
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            FixtureServer.send(ex, 200, "text/html; charset=ISO-8859-1", zipped.toByteArray());
        });
        Fetch f = fetcher(FetchPolicy.defaults()).get(server.uri("/p"), Fetch.Validators.NONE, Watcher::pageType);
        assertEquals(Fetch.Outcome.OK, f.outcome(), f.problem());
        assertArrayEquals(page, f.body());
        assertEquals("text/html", f.contentType());
        assertEquals("ISO-8859-1", f.charset());
    }

    @Test
    void aBodyOverTheLimitIsRefusedDeclaredOrNot() {
        String big = "x".repeat(5_000);
        server.serve("/declared", "text/html", big);
        server.route("/chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(big.getBytes(StandardCharsets.UTF_8));
            }
        });
        Fetcher fetcher = fetcher(FetchPolicy.defaults().withPerHost(Duration.ZERO).withMaxBytes(1_000));
        for (String path : List.of("/declared", "/chunked")) {
            Fetch f = fetcher.get(server.uri(path), Fetch.Validators.NONE, Watcher::pageType);
            assertEquals(Fetch.Outcome.FAILED, f.outcome(), path);
            assertTrue(f.problem().startsWith("too large"), f.problem());
        }
    }

    @Test
    void requestsToOneHostAreSpacedAndRetriesBackOff() {
        server.route("/busy", ex -> FixtureServer.send(ex, 503, "text/plain", new byte[0]));
        server.serve("/ok", "text/html", "<html></html>");
        Fetcher fetcher = fetcher(FetchPolicy.defaults().withPerHost(Duration.ofMillis(300))
                .withRetries(2, Duration.ofMillis(100)));
        Fetch busy = fetcher.get(server.uri("/busy"), Fetch.Validators.NONE, Watcher::pageType);
        assertEquals("HTTP 503 (3 tries)", busy.problem());
        assertTrue(busy.retryable());
        assertTrue(waits.contains(Duration.ofMillis(100)) && waits.contains(Duration.ofMillis(200)),
                "backoff doubles: " + waits);
        int before = waits.size();
        fetcher.get(server.uri("/ok"), Fetch.Validators.NONE, Watcher::pageType);
        assertTrue(waits.size() > before, "the next request to the host waits its turn");
        assertTrue(waits.get(waits.size() - 1).compareTo(Duration.ofMillis(300)) <= 0);
    }

    @Test
    void aBodyThatTricklesInIsCutOffAtTheTimeout() {
        server.route("/slow", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 1_000);
            OutputStream out = ex.getResponseBody();
            try {
                for (int i = 0; i < 1_000; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (InterruptedException | IOException e) {
                // the client went away
            }
        });
        Fetcher fetcher = fetcher(FetchPolicy.defaults().withRetries(0, Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500)));
        Fetch f = fetcher.get(server.uri("/slow"), Fetch.Validators.NONE, Watcher::pageType);
        assertEquals(Fetch.Outcome.FAILED, f.outcome());
        assertTrue(f.problem().startsWith("timed out"), f.problem());
        assertTrue(f.retryable());
    }

    @Test
    void onlyHttpAddressesAreFetched() {
        Fetch f = fetcher(FetchPolicy.defaults()).get(java.net.URI.create("file:///etc/passwd"),
                Fetch.Validators.NONE, Watcher::pageType);
        assertEquals("not an http(s) address", f.problem());
    }
}
