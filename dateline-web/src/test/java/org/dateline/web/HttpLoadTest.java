package org.dateline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.store.CorpusStore;
import org.dateline.web.bench.HttpLoad;
import org.dateline.web.bench.LoadResult;
import org.dateline.web.bench.MapViews;
import org.dateline.web.bench.QueryVariants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load test counts what it sends and what fails, and varies an events URL over the corpus's kinds and places. */
class HttpLoadTest {
    @TempDir
    static Path dir;
    private static CorpusStore store;
    private static DeskServer server;

    @BeforeAll
    static void start() {
        store = TestCorpus.store(dir.resolve("c.db"));
        server = TestCorpus.serve(DeskConfig.local(0), store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void anEventsUrlIsVariedOverKindsAndMapViews() throws Exception {
        URI events = server.uri().resolve("/api/events?limit=50");
        List<String> variants = QueryVariants.of(events).stream().map(URI::getRawQuery).toList();
        assertEquals(List.of("limit=50", "limit=50&type=PEACEFUL_PROTEST", "limit=50&type=ARMED_CLASH",
                "limit=50&bbox=19.0%2C44.8%2C29.0%2C54.8", "limit=50&bbox=32.6%2C44.7%2C42.6%2C54.7",
                "limit=50&type=PEACEFUL_PROTEST&bbox=19.0%2C44.8%2C29.0%2C54.8"), variants,
                "views around Lviv (all protests in one) and Kupiansk (the clash; Kharkiv lies in its view)");
        URI other = server.uri().resolve("/api/stats");
        assertEquals(List.of(other), QueryVariants.of(other));
    }

    @Test
    void requestsAndErrorsAreCounted() throws Exception {
        LoadResult ok = new HttpLoad(QueryVariants.of(server.uri().resolve("/api/events?limit=5")), 4)
                .run(Duration.ZERO, Duration.ofMillis(500));
        assertTrue(ok.requests() > 0);
        assertEquals(0, ok.errors(), ok.errorSamples().toString());
        assertTrue(ok.p50Ms() <= ok.p95Ms() && ok.p95Ms() <= ok.p99Ms() && ok.p99Ms() <= ok.maxMs());
        LoadResult bad = new HttpLoad(List.of(server.uri().resolve("/api/events?limit=0")), 2)
                .run(Duration.ZERO, Duration.ofMillis(200));
        assertEquals(bad.requests(), bad.errors());
        assertTrue(bad.errorSamples().get(0).startsWith("HTTP 400 from "), bad.errorSamples().toString());
    }

    @Test
    void newConnectionsPerRequestAreCountedAlike() throws Exception {
        LoadResult ok = new HttpLoad(List.of(server.uri().resolve("/api/stats")), 4,
                HttpLoad.Connections.NEW_PER_REQUEST).run(Duration.ZERO, Duration.ofMillis(300));
        assertTrue(ok.requests() > 0);
        assertEquals(0, ok.errors(), ok.errorSamples().toString());
        LoadResult bad = new HttpLoad(List.of(server.uri().resolve("/api/events?limit=0")), 2,
                HttpLoad.Connections.NEW_PER_REQUEST).run(Duration.ZERO, Duration.ofMillis(200));
        assertEquals(bad.requests(), bad.errors());
        assertTrue(bad.errorSamples().get(0).startsWith("HTTP 400 from "), bad.errorSamples().toString());
    }

    @Test
    void mapViewsAreNeverAskedTwiceAndBringTheirTiles() throws Exception {
        MapViews walk = MapViews.of(server.uri().resolve("/api/events?limit=5"), true, 1);
        Set<String> views = new HashSet<>();
        int tiles = 0;
        for (int client = 0; client < 3; client++) {
            for (long n = 0; n < 200; n++) {
                URI u = walk.next(client, n);
                if (u.getPath().equals("/api/events")) {
                    assertTrue(u.getRawQuery().startsWith("limit=5&bbox="), u.toString());
                    assertTrue(views.add(u.getRawQuery()), "a view asked twice: " + u);
                } else {
                    assertTrue(u.getPath().matches("/api/places/([4-9]|1[0-2])/[0-9]+/[0-9]+"), u.toString());
                    tiles++;
                }
            }
        }
        assertTrue(views.size() > 10 && tiles > views.size(), views.size() + " views, " + tiles + " tiles");
        LoadResult r = new HttpLoad(walk, 4, HttpLoad.Connections.KEEP_ALIVE).run(Duration.ZERO, Duration.ofMillis(500));
        assertEquals(0, r.errors(), r.errorSamples().toString());
    }
}
