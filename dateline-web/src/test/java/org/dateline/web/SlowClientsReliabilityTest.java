package org.dateline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.store.CorpusStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's first probe, done for real: five clients each post a body of 1,000 bytes one byte every 4 s; queries
 * are answered meanwhile (within the 5 s the probe's client waits), and the slow posts are cut off with 408.
 */
@Tag("reliability")
class SlowClientsReliabilityTest {
    @TempDir
    Path dir;

    @Test
    void fiveSlowUploadsStallNoQuery() throws Exception {
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"));
             DeskServer server = DeskServer.start(DeskConfig.local(0), store,
                     () -> TestCorpus.analyzer(new AtomicInteger()), PlaceLookup.corpusOnly(store))) {
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                        + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                slow.add(s);
            }
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest stats = HttpRequest.newBuilder(URI.create(server.uri() + "api/stats"))
                    .timeout(Duration.ofSeconds(5)).build();
            for (int round = 0; round < 3; round++) {
                for (Socket s : slow) {
                    trickle(s.getOutputStream());
                }
                assertEquals(200, client.send(stats, HttpResponse.BodyHandlers.ofString()).statusCode());
                Thread.sleep(4_000);
            }
            for (Socket s : slow) {
                trickle(s.getOutputStream());
                s.setSoTimeout(30_000);
                String answer = new String(s.getInputStream().readNBytes(600), StandardCharsets.US_ASCII);
                assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
                s.close();
            }
            assertEquals(0, store.articleCount());
        }
    }

    private static void trickle(OutputStream out) {
        try {
            out.write(' ');
            out.flush();
        } catch (IOException cutOff) {
            // the server has given up on this body already
        }
    }
}
