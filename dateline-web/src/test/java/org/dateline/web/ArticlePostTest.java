package org.dateline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.analysis.Analyzer;
import org.dateline.model.Article;
import org.dateline.store.CorpusStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/articles}: who may post (a loopback server without a token; with a token, only its bearer; a
 * server on another address without a token, nobody), what a post must hold, and what it does to the corpus.
 */
class ArticlePostTest {
    private static final String TOKEN = "s3cret-token-0123456789";
    private static final String TEXT = "KYIV, Sept 20 (Reuters) - Thousands rallied in Kyiv on Tuesday.";
    private static final String ARTICLE = "{\"date\": \"2022-09-20\", \"title\": \"Rally\", \"source\": \"Reuters\","
            + " \"url\": \"https://example.org/rally\", \"text\": \"" + TEXT + "\"}";
    private static final String[] JSON = {"Content-Type", "application/json"};

    @TempDir
    Path dir;
    private CorpusStore store;
    private final AtomicInteger analyzersMade = new AtomicInteger();
    private final AtomicInteger analysed = new AtomicInteger();
    private DeskServer server;

    @BeforeEach
    void open() {
        store = CorpusStore.open(dir.resolve("c.db"));
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
        }
        store.close();
    }

    private Http start(DeskConfig config) {
        server = DeskServer.start(config, store, () -> {
            analyzersMade.incrementAndGet();
            return TestCorpus.analyzer(analysed);
        }, PlaceLookup.corpusOnly(store));
        return new Http(server.port());
    }

    @Test
    void aLocalServerTakesAnArticleAnalysesItOnceAndMergesItsEvents() {
        Http http = start(DeskConfig.local(0));
        assertEquals(0, http.json("/api/events", 200).get("items").size());
        assertEquals(0, http.json("/api/stats", 200).get("articles").asInt());
        HttpResponse<String> r = http.post("/api/articles", ARTICLE, JSON);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(1, http.json("/api/stats", 200).get("articles").asInt(), "no answer from before is reused");
        JsonNode body = Http.parse(r.body());
        String id = Article.contentId(TEXT);
        assertEquals(id, body.get("id").asText());
        assertTrue(body.get("stored").asBoolean());
        assertEquals(1, body.get("events").asInt());
        JsonNode events = http.json("/api/events", 200).get("items");
        assertEquals(1, events.size(), "refreshed: the merged event is there");
        assertEquals(id + "#ev1", events.get(0).get("id").asText());
        JsonNode article = http.json("/api/articles/" + id, 200).get("record").get("article");
        assertEquals("KYIV", article.get("dateline").get("text").asText().substring(0, 4), "found as readers find it");
        assertEquals("https://example.org/rally", article.get("url").asText());

        HttpResponse<String> again = http.post("/api/articles", ARTICLE, JSON);
        assertEquals(201, again.statusCode());
        assertEquals("{\"id\":\"" + id + "\",\"stored\":false,\"events\":1}", again.body());
        assertEquals(1, analyzersMade.get(), "the analyzer is made once");
        assertEquals(1, analysed.get(), "a stored article is not analysed again");
        assertEquals(1, store.articleCount());
    }

    @Test
    void readsGoOnWhileAnArticleIsAnalysed() throws Exception {
        CountDownLatch analysing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        server = DeskServer.start(DeskConfig.local(0), store, () -> new Analyzer((text, date) -> {
            analysing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TestCorpus.analyzer(analysed).parse(Article.of(date, null, null, null, null, text));
        }, List.of()), PlaceLookup.corpusOnly(store));
        Http http = new Http(server.port());
        CompletableFuture<HttpResponse<String>> post = CompletableFuture.supplyAsync(
                () -> http.post("/api/articles", ARTICLE, JSON));
        analysing.await();
        assertEquals(0, http.json("/api/events", 200).get("items").size(), "answered during the analysis");
        assertEquals(0, http.json("/api/stats", 200).get("articles").asInt());
        release.countDown();
        assertEquals(201, post.get().statusCode(), post.get().body());
        assertEquals(1, http.json("/api/stats", 200).get("articles").asInt());
    }

    @Test
    void aBodyStillArrivingHoldsNoRequestThread() throws Exception {
        Http http = start(DeskConfig.local(0));
        List<java.net.Socket> slow = new java.util.ArrayList<>();
        try {
            // more unfinished bodies than the server has request threads: each waits on the intake's threads
            for (int i = 0; i < 12; i++) {
                java.net.Socket s = new java.net.Socket("127.0.0.1", server.port());
                s.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                        + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(
                        java.nio.charset.StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            assertEquals(0, http.json("/api/stats", 200).get("articles").asInt());
            assertEquals(0, http.json("/api/events", 200).get("items").size());
            for (java.net.Socket s : slow) {
                // the queries were answered while the slow posts were open: each is still waiting, or was refused
                // for its slowness (a busy machine may reach the minimum data rate first), never taken
                s.setSoTimeout(1);
                try {
                    byte[] head = s.getInputStream().readNBytes(12);
                    String status = new String(head, java.nio.charset.StandardCharsets.US_ASCII);
                    assertTrue(status.isEmpty() || status.matches("HTTP/1\\.1 (408|503)"), status);
                } catch (java.net.SocketTimeoutException stillWaiting) {
                    // the body is still awaited
                }
            }
        } finally {
            for (java.net.Socket s : slow) {
                s.close();
            }
        }
        assertEquals(0, store.articleCount());
    }

    @Test
    void aPostMustBeAnArticle() {
        Http http = start(DeskConfig.local(0));
        assertRefused(http.post("/api/articles", "{\"text\": \"No date.\"}", JSON), 400,
                "\"date\" is required, as YYYY-MM-DD");
        assertRefused(http.post("/api/articles", "{\"date\": \"20 Sept 2022\", \"text\": \"x\"}", JSON), 400,
                "\"date\" must be YYYY-MM-DD, got '20 Sept 2022'");
        assertRefused(http.post("/api/articles", "{\"date\": \"2022-09-20\", \"text\": \" \"}", JSON), 400,
                "\"text\" is required");
        String longText = "word ".repeat(ArticleRequest.MAX_TEXT_CHARS / 5 + 1);
        assertRefused(http.post("/api/articles", "{\"date\": \"2022-09-20\", \"text\": \"" + longText + "\"}", JSON),
                400, "\"text\" is too long: 100005 characters, over the limit of 100000");
        assertRefused(http.post("/api/articles", ARTICLE.replace("https://example.org/rally", "javascript:alert(1)"),
                JSON), 400, "\"url\" must be an absolute http(s) address, got 'javascript:alert(1)'");
        assertRefused(http.post("/api/articles", ARTICLE.replace("\"title\"", "\"headline\""), JSON), 400,
                "unknown field \"headline\"");
        assertRefused(http.post("/api/articles", "[1, 2]", JSON), 400, "the body must be a JSON object");
        assertRefused(http.post("/api/articles", "not json", JSON), 400, "the body must be a JSON object");
        assertRefused(http.post("/api/articles", "", JSON), 400, "the body must be a JSON object");
        assertRefused(http.post("/api/articles", ARTICLE + " {}", JSON), 400, "the body must be a JSON object");
        assertRefused(http.post("/api/articles?dryRun=true", ARTICLE, JSON), 400, "unknown parameter 'dryRun'");
        for (String notText : List.of("5", "5.5", "true")) {
            assertRefused(http.post("/api/articles", "{\"date\": \"2022-09-20\", \"text\": " + notText + "}", JSON),
                    400, "the body must be a JSON object with date, title, source, url and text");
        }
        assertRefused(http.post("/api/articles", ARTICLE.replace("\"Rally\"", "7"), JSON), 400,
                "the body must be a JSON object with date, title, source, url and text");
        assertEquals(0, store.articleCount());
        assertEquals(0, analysed.get(), "nothing refused is analysed");
        assertTrue(analyzersMade.get() <= 1, "the analyzer is made once, at start, in the background");
    }

    @Test
    void onlyJsonFromThePagesOwnOriginIsTaken() {
        Http http = start(DeskConfig.local(0));
        assertRefused(http.post("/api/articles", ARTICLE, "Content-Type", "text/plain"), 415,
                "the body must be JSON, sent with Content-Type: application/json");
        assertRefused(http.post("/api/articles", ARTICLE), 415, "the body must be JSON");
        assertRefused(http.post("/api/articles", ARTICLE, "Content-Type", "application/json",
                "Origin", "https://attacker.example"), 403, "cross-origin requests may not change the corpus");
        assertEquals(0, store.articleCount());
        HttpResponse<String> own = http.post("/api/articles", ARTICLE, "Content-Type", "application/json",
                "Origin", "http://127.0.0.1:" + server.port());
        assertEquals(201, own.statusCode(), own.body());
    }

    @Test
    void aServerOnAnotherAddressWithoutATokenTakesNoArticles() {
        Http http = start(DeskConfig.local(0).withHost("0.0.0.0"));
        assertFalse(http.json("/api/config", 200).get("takesArticles").asBoolean());
        assertRefused(http.post("/api/articles", ARTICLE, JSON), 403,
                "this server listens on 0.0.0.0 without a token, so it takes no articles");
        assertEquals(0, store.articleCount());
        assertEquals(0, analyzersMade.get(), "a server that takes no articles loads no models");
        assertEquals(200, http.get("/api/events").statusCode(), "reading is allowed");
    }

    @Test
    void withATokenEveryPostNeedsIt() {
        Http http = start(DeskConfig.local(0).withHost("0.0.0.0").withToken(TOKEN));
        JsonNode config = http.json("/api/config", 200);
        assertTrue(config.get("takesArticles").asBoolean() && config.get("tokenRequired").asBoolean());
        HttpResponse<String> none = http.post("/api/articles", ARTICLE, JSON);
        assertRefused(none, 401, "posting needs the header Authorization: Bearer <token>");
        assertEquals("Bearer realm=\"dateline\"", none.headers().firstValue("WWW-Authenticate").orElse(null));
        assertRefused(http.post("/api/articles", ARTICLE, "Content-Type", "application/json", "Authorization",
                "Bearer " + TOKEN.substring(1)), 401, "posting needs");
        assertRefused(http.post("/api/articles", ARTICLE, "Content-Type", "application/json", "Authorization",
                TOKEN), 401, "posting needs");
        assertRefused(http.post("/api/articles", ARTICLE, "Content-Type", "application/json", "Authorization",
                "Bearer " + TOKEN + "x"), 401, "posting needs");
        assertEquals(0, store.articleCount());
        HttpResponse<String> ok = http.post("/api/articles", ARTICLE, "Content-Type", "application/json",
                "Authorization", "Bearer " + TOKEN);
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals(1, store.articleCount());
    }

    @Test
    void aLocalServerWithATokenNeedsItToo() {
        Http http = start(DeskConfig.local(0).withToken(TOKEN));
        assertRefused(http.post("/api/articles", ARTICLE, JSON), 401, "posting needs");
        assertEquals(201, http.post("/api/articles", ARTICLE, "Content-Type", "application/json",
                "Authorization", "Bearer " + TOKEN).statusCode());
    }

    private static void assertRefused(HttpResponse<String> r, int status, String message) {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = Http.parse(r.body());
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("error").asText().startsWith(message), body.get("error").asText());
    }
}
