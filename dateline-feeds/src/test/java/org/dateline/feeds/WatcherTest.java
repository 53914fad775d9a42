package org.dateline.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.model.AnalyzedArticle;
import org.dateline.store.CorpusStore;
import org.dateline.store.ItemState;
import org.dateline.store.SourceKind;
import org.dateline.store.SourceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher against a local server serving fixture feeds, sitemaps and pages. */
class WatcherTest {
    static final String MONDAY = "Mon, 03 Oct 2022 08:00:00 GMT";
    static final String KUPIANSK = "Ukrainian troops clashed with Russian forces near Kupiansk on Monday, the regional"
            + " governor said.\n\nThe fighting went on through the night along the Oskil River, he said on Telegram,"
            + " and several villages east of the town were shelled.";
    static final String IZIUM = "Russian forces shelled Izium overnight, local officials said on Tuesday.\n\nRescue"
            + " workers searched the rubble of two apartment blocks; there was no word on casualties.";

    @TempDir
    Path dir;
    FixtureServer server;
    CorpusStore store;
    final List<String> problems = new CopyOnWriteArrayList<>();
    final List<String> stored = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new FixtureServer();
        store = CorpusStore.open(dir.resolve("c.db"));
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    static Fetcher fetcher() {
        return new Fetcher(FetchPolicy.defaults().withPerHost(Duration.ZERO).withRetries(2, Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)), d -> { }, System::nanoTime);
    }

    Watcher watcher() {
        return new Watcher(store, fetcher(), TestAnalyzer::clashes, 2, new WatchListener() {
            @Override
            public void stored(Source source, String item, AnalyzedArticle record) {
                stored.add(item);
            }

            @Override
            public void problem(String line) {
                problems.add(line);
            }
        });
    }

    List<Source> sources(String... arguments) {
        return Sources.of(List.of(arguments), problems::add);
    }

    SourceStatus status(String address) {
        return store.sources().stream().filter(s -> s.address().equals(address)).findFirst().orElseThrow();
    }

    void twoPages() {
        server.serve("/a.html", "text/html; charset=utf-8", FixtureServer.page("Clashes near Kupiansk", KUPIANSK));
        server.serve("/b.html", "text/html", FixtureServer.page("Izium shelled", IZIUM));
    }

    @Test
    void newItemsAreFetchedAndStoredOnceAndMergedAtOnce() {
        twoPages();
        server.serve("/feed.xml", "application/rss+xml", FixtureServer.rss(server, "Fixture News",
                "/a.html", "Clashes near Kupiansk", MONDAY, "/b.html", "Izium shelled", MONDAY));
        String feed = server.uri("/feed.xml").toString();
        try (Watcher w = watcher()) {
            Watcher.Pass first = w.pass(sources(feed));
            assertEquals(2, first.stored(), problems.toString());
            assertEquals(2, store.mergedEventCount(), "merged as they were stored");
            Watcher.Pass second = w.pass(sources(feed));
            assertEquals(0, second.stored());
            assertEquals(0, second.newItems());
        }
        assertEquals(1, server.hits("/a.html"));
        assertEquals(1, server.hits("/b.html"));
        assertEquals(2, store.articleCount());
        SourceStatus s = status(feed);
        assertEquals(SourceKind.FEED, s.kind());
        assertEquals(2, s.itemsSeen());
        assertEquals(2, s.articlesStored());
        assertEquals(2, s.fetches());
        assertEquals("Fixture News", store.article(store.recentArticles(1, 0).get(0).id()).orElseThrow().article()
                .source(), "the feed's title names the outlet when the page does not");
        assertEquals(List.of(), problems);
    }

    @Test
    void theSameStoryUnderTwoAddressesOrInTwoFeedsIsStoredOnce() {
        twoPages();
        server.serve("/copy.html", "text/html", FixtureServer.page("Clashes near Kupiansk", KUPIANSK));
        server.serve("/one.xml", "text/xml", FixtureServer.rss(server, "One", "/a.html", "Kupiansk", MONDAY,
                "/copy.html?utm_source=rss", "Kupiansk", MONDAY));
        server.serve("/two.xml", "text/xml", FixtureServer.rss(server, "Two", "/a.html", "Kupiansk", MONDAY,
                "/b.html", "Izium", MONDAY));
        try (Watcher w = watcher()) {
            w.pass(sources(server.uri("/one.xml").toString(), server.uri("/two.xml").toString()));
        }
        assertEquals(2, store.articleCount());
        assertEquals(1, server.hits("/a.html"), "an item listed by two feeds is fetched once");
        assertEquals(ItemState.DUPLICATE, store.items(List.of(Addresses.normalized(
                server.uri("/copy.html").toString()))).values().iterator().next().state(),
                "the copy's text is stored already; its tracking parameter is dropped from its address");
    }

    @Test
    void aFeedIsAskedForConditionallyAndNotModifiedMeansNoWork() {
        twoPages();
        String rss = FixtureServer.rss(server, "Fixture", "/a.html", "Kupiansk", MONDAY);
        server.route("/feed.xml", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                FixtureServer.send(ex, 304, null, new byte[0]);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Mon, 03 Oct 2022 08:00:00 GMT");
            FixtureServer.send(ex, 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8));
        });
        String feed = server.uri("/feed.xml").toString();
        try (Watcher w = watcher()) {
            w.pass(sources(feed));
            Watcher.Pass second = w.pass(sources(feed));
            assertEquals(0, second.newItems());
        }
        List<com.sun.net.httpserver.Headers> asks = server.requestsTo("/feed.xml");
        assertEquals(2, asks.size());
        assertNull(asks.get(0).getFirst("If-None-Match"));
        assertEquals("\"v1\"", asks.get(1).getFirst("If-None-Match"));
        assertEquals("Mon, 03 Oct 2022 08:00:00 GMT", asks.get(1).getFirst("If-Modified-Since"));
        assertTrue(asks.get(0).getFirst("User-Agent").startsWith("Dateline/"));
        assertEquals(0, status(feed).errors());
    }

    @Test
    void robotsTxtIsHonoured() {
        twoPages();
        server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        server.serve("/private/a.html", "text/html", FixtureServer.page("Kupiansk", KUPIANSK));
        server.serve("/feed.xml", "text/xml", FixtureServer.rss(server, "F", "/private/a.html", "Kupiansk", MONDAY,
                "/b.html", "Izium", MONDAY));
        try (Watcher w = watcher()) {
            w.pass(sources(server.uri("/feed.xml").toString()));
        }
        assertEquals(0, server.hits("/private/a.html"));
        assertEquals(1, store.articleCount());
        assertTrue(problems.stream().anyMatch(p -> p.endsWith("/private/a.html: refused by robots.txt")), problems
                .toString());
        assertEquals(1, server.hits("/robots.txt"), "robots.txt is fetched once and kept");
    }

    @Test
    void aRedirectLoopAPageWithoutTextAndAMissingPageFailOneLineEachAndTheRestGoesOn() {
        twoPages();
        server.route("/loop1", ex -> redirect(ex, "/loop2"));
        server.route("/loop2", ex -> redirect(ex, "/loop1"));
        server.serve("/empty.html", "text/html", "<html><head><title>Empty</title></head><body></body></html>");
        server.serve("/image.html", "image/png", "not a page");
        server.serve("/feed.xml", "text/xml", FixtureServer.rss(server, "F", "/loop1", "Loop", MONDAY,
                "/empty.html", "Empty", MONDAY, "/gone.html", "Gone", MONDAY, "/image.html", "Image", MONDAY,
                "/b.html", "Izium", MONDAY));
        String feed = server.uri("/feed.xml").toString();
        try (Watcher w = watcher()) {
            Watcher.Pass pass = w.pass(sources(feed));
            assertEquals(1, pass.stored());
            assertEquals(4, pass.problems());
        }
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("/loop1: redirect loop")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.endsWith("/empty.html: no text")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.endsWith("/gone.html: HTTP 404")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.endsWith("unexpected content type image/png")),
                problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.startsWith(feed + ": ") && !p.contains("\n")));
        assertEquals(4, status(feed).itemErrors());
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        FixtureServer.send(ex, 302, null, new byte[0]);
    }

    @Test
    void aServerErrorIsRetriedThenCountedAndTheSourceRecovers() {
        twoPages();
        AtomicInteger calls = new AtomicInteger();
        String rss = FixtureServer.rss(server, "F", "/a.html", "Kupiansk", MONDAY);
        server.route("/feed.xml", ex -> {
            if (calls.incrementAndGet() <= 3) {
                FixtureServer.send(ex, 500, "text/plain", "down".getBytes(StandardCharsets.UTF_8));
            } else {
                FixtureServer.send(ex, 200, "text/xml", rss.getBytes(StandardCharsets.UTF_8));
            }
        });
        String feed = server.uri("/feed.xml").toString();
        try (Watcher w = watcher()) {
            Watcher.Pass down = w.pass(sources(feed));
            assertEquals(1, down.failed());
            assertEquals(3, server.hits("/feed.xml"), "the first try and two retries");
            SourceStatus failing = status(feed);
            assertEquals(1, failing.errors());
            assertEquals(1, failing.consecutiveErrors());
            assertEquals("HTTP 500 (3 tries)", failing.lastError());
            Watcher.Pass up = w.pass(sources(feed));
            assertEquals(0, up.failed());
            assertEquals(1, up.stored());
        }
        SourceStatus recovered = status(feed);
        assertEquals(0, recovered.consecutiveErrors());
        assertEquals(1, recovered.errors());
        assertTrue(recovered.lastSuccess().compareTo(recovered.lastErrorAt()) > 0);
    }

    @Test
    void aMalformedFeedFailsItsSourceOnlyAndAnItemThatMayPassIsTriedAgain() {
        twoPages();
        server.serve("/bad.xml", "text/xml", "<rss><channel><title>Broken</title><item><link>");
        AtomicInteger pageCalls = new AtomicInteger();
        server.route("/flaky.html", ex -> {
            if (pageCalls.incrementAndGet() <= 3) {
                FixtureServer.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                FixtureServer.send(ex, 200, "text/html", FixtureServer.page("Kupiansk", KUPIANSK)
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
        String goodRss = FixtureServer.rss(server, "Good", "/flaky.html", "Kupiansk", MONDAY, "/b.html", "Izium",
                MONDAY);
        server.route("/good.xml", ex -> { // unchanged between the passes: only an unconditional GET lists the retry
            ex.getResponseHeaders().set("ETag", "\"g1\"");
            boolean same = "\"g1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            FixtureServer.send(ex, same ? 304 : 200, "text/xml", same ? new byte[0]
                    : goodRss.getBytes(StandardCharsets.UTF_8));
        });
        String bad = server.uri("/bad.xml").toString();
        String good = server.uri("/good.xml").toString();
        try (Watcher w = watcher()) {
            Watcher.Pass first = w.pass(sources(bad, good));
            assertEquals(1, first.failed());
            assertEquals(1, first.stored());
            assertEquals(1, first.problems());
            Watcher.Pass second = w.pass(sources(bad, good));
            assertEquals(1, second.stored(), "the page that failed with a 503 is fetched again and stored");
        }
        assertTrue(problems.get(0).startsWith(bad + ": malformed feed ("), problems.toString());
        assertEquals(2, status(bad).errors());
        assertEquals(2, store.articleCount());
    }

    @Test
    void aNewsSitemapIndexAndAFolderAreSourcesToo() throws IOException {
        twoPages();
        server.serve("/sitemap-index.xml", "application/xml", "<?xml version=\"1.0\"?><sitemapindex"
                + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + server.uri("/news.xml")
                + "</loc></sitemap></sitemapindex>");
        server.serve("/news.xml", "application/xml", "<?xml version=\"1.0\"?><urlset"
                + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + server.uri("/b.html")
                + "</loc><news:news><news:publication><news:name>Fixture</news:name><news:language>en"
                + "</news:language></news:publication><news:publication_date>2022-10-04T06:00:00Z"
                + "</news:publication_date><news:title>Izium shelled</news:title></news:news></url></urlset>");
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(folder.resolve("kupiansk.jsonl"), "{\"date\": \"2022-10-03\", \"title\": \"Kupiansk\","
                + " \"text\": \"" + KUPIANSK.replace("\n", "\\n") + "\"}\n");
        Files.setLastModifiedTime(folder.resolve("kupiansk.jsonl"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Path list = Files.writeString(dir.resolve("sources.txt"), "# what we follow\n" + server.uri(
                "/sitemap-index.xml") + "\n" + folder + "   # the inbox\n");
        try (Watcher w = watcher()) {
            Watcher.Pass pass = w.pass(sources(list.toString()));
            assertEquals(2, pass.sources());
            assertEquals(2, pass.stored(), problems.toString());
            assertEquals(0, w.pass(sources(list.toString())).stored());
        }
        assertEquals(SourceKind.SITEMAP, status(server.uri("/sitemap-index.xml").toString()).kind());
        assertEquals(SourceKind.FOLDER, status(folder.toAbsolutePath().toString()).kind());
        assertEquals(List.of(), problems);
    }

    /**
     * A watcher killed (SIGKILL) in the middle of a pass loses nothing and stores nothing twice: the next run fetches
     * the feed in full again (its validators were not stored), skips what was stored and stores the rest.
     */
    @Test
    void aKilledWatcherGoesOnWhereItStoppedWithoutLossOrDuplicates() throws Exception {
        String[] texts = new String[6];
        String[] items = new String[18];
        for (int i = 0; i < 6; i++) {
            texts[i] = "Side" + i + " forces clashed near village number " + i + " on Monday, officials said.\n\n"
                    + "The fighting went on for hours, they said, and " + (i + 2) + " people were wounded.";
            server.serve("/p" + i + ".html", "text/html", FixtureServer.page("Clash " + i, texts[i]));
            items[3 * i] = "/p" + i + ".html";
            items[3 * i + 1] = "Clash " + i;
            items[3 * i + 2] = MONDAY;
        }
        String rss = FixtureServer.rss(server, "Fixture", items);
        server.route("/feed.xml", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            FixtureServer.send(ex, "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match")) ? 304 : 200,
                    "text/xml", rss.getBytes(StandardCharsets.UTF_8));
        });
        store.close();
        String feed = server.uri("/feed.xml").toString();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                WatchProcess.class.getName(), dir.resolve("c.db").toString(), feed, "3")
                .redirectErrorStream(true).start();
        int storedBeforeKill = 0;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; storedBeforeKill < 3 && (line = out.readLine()) != null; ) {
                if (line.startsWith("stored ")) {
                    storedBeforeKill++;
                }
            }
        } finally {
            child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no close
        }
        assertEquals(3, storedBeforeKill);
        store = CorpusStore.open(dir.resolve("c.db"));
        assertEquals(3, store.articleCount(), "what was stored before the kill is there");
        try (Watcher w = watcher()) {
            Watcher.Pass after = w.pass(sources(feed));
            assertEquals(3, after.stored(), problems.toString());
        }
        assertEquals(6, store.articleCount());
        assertEquals(6, store.eventCount());
        assertEquals(6, store.mergedEventCount());
        for (int i = 0; i < 3; i++) {
            assertEquals(1, server.hits("/p" + i + ".html"), "stored before the kill, not fetched again");
        }
    }
}
