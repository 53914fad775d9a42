package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.dateline.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline serve} and {@code dateline bench http}: their refusals, and a desk that serves until stopped. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private Path emptyCorpus() {
        Path db = dir.resolve("c.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            store.refresh();
        }
        return db;
    }

    @Test
    void aMissingDatabaseIsNotCreated() {
        Path missing = dir.resolve("none.db");
        CliRun r = CliRun.of("serve", "--db", missing.toString());
        assertEquals(1, r.code());
        assertEquals("dateline: no database at " + missing + "; create it with: dateline ingest PATH...\n", r.err());
        assertTrue(Files.notExists(missing));
    }

    @Test
    void badSettingsAreUsageErrors() throws IOException {
        Path db = emptyCorpus();
        CliRun tiles = CliRun.of("serve", "--db", db.toString(), "--tiles", "https://tiles.example/{z}.png");
        assertEquals(2, tiles.code());
        assertTrue(tiles.err().startsWith("the tiles template has no {x}"), tiles.err());
        Path shortToken = dir.resolve("token");
        Files.writeString(shortToken, "secret\n");
        CliRun token = CliRun.of("serve", "--db", db.toString(), "--token-file", shortToken.toString());
        assertEquals(2, token.code());
        assertTrue(token.err().startsWith("the token must be at least 16"), token.err());
        CliRun noFile = CliRun.of("serve", "--db", db.toString(), "--token-file", dir.resolve("no").toString());
        assertEquals(1, noFile.code());
        assertTrue(noFile.err().startsWith("dateline: cannot read the token file"), noFile.err());
    }

    @Test
    void aPortInUseIsSaid() throws IOException {
        Path db = emptyCorpus();
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliRun r = CliRun.of("serve", "--db", db.toString(), "--port", String.valueOf(taken.getLocalPort()),
                    "--vendor", dir.toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("dateline: cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
        }
    }

    @Test
    void itServesUntilStopped() throws Exception {
        Path db = emptyCorpus();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        AtomicReference<CliRun> run = new AtomicReference<>();
        Thread serving = new Thread(() -> run.set(CliRun.of("serve", "--db", db.toString(), "--port",
                String.valueOf(port), "--vendor", dir.toString())));
        serving.start();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> stats = null;
        for (int attempt = 0; attempt < 200 && stats == null; attempt++) {
            try {
                stats = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stats"))
                        .build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        assertEquals(200, stats == null ? -1 : stats.statusCode());
        assertTrue(stats.body().startsWith("{\"articles\":0,"), stats.body());
        serving.interrupt();
        serving.join();
        assertEquals(0, run.get().code());
        assertTrue(run.get().err().contains("dateline: serving http://127.0.0.1:" + port + "/ (Ctrl-C to stop)\n"),
                run.get().err());
    }

    @Test
    void theLoadTestSaysWhenItCannotReachTheDesk() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        CliRun r = CliRun.of("bench", "http", "--url", "http://127.0.0.1:" + port + "/api/events", "--seconds", "1");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("dateline: cannot reach http://127.0.0.1:" + port + "/api/events"), r.err());
    }

    @Test
    void mapViewsAreAskedOnlyOfAnEventsUrlAndTilesOnlyWithViews() {
        String url = "http://127.0.0.1:9/api/events";
        CliRun tiles = CliRun.of("bench", "http", "--url", url, "--tiles");
        assertEquals(2, tiles.code(), tiles.err());
        assertTrue(tiles.err().contains("--tiles needs --views"), tiles.err());
        CliRun both = CliRun.of("bench", "http", "--url", url, "--views", "--exact");
        assertEquals(2, both.code(), both.err());
        CliRun stats = CliRun.of("bench", "http", "--url", "http://127.0.0.1:9/api/stats", "--views");
        assertEquals(2, stats.code(), stats.err());
        assertTrue(stats.err().contains("--views varies an /api/events URL"), stats.err());
    }
}
