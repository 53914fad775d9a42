package org.dateline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.store.CorpusStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What protects the desk and its users: the headers on every response, errors as JSON without internals, the body
 * limit, a vendor folder that serves its four packages and nothing else, requests for other hosts refused, and
 * articles' HTML returned as data.
 */
class DeskSecurityTest {
    private static final String SECRET = "top secret: not to be served";
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " object-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    @TempDir
    static Path dir;
    private static CorpusStore store;
    private static DeskServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        Path vendor = dir.resolve("node_modules");
        Files.createDirectories(vendor.resolve("leaflet/dist/images"));
        Files.writeString(vendor.resolve("leaflet/dist/leaflet.js"), "window.L = {};");
        Files.writeString(vendor.resolve("leaflet/dist/.hidden.js"), SECRET);
        Files.writeString(vendor.resolve("leaflet/package.json"), "{\"name\": \"leaflet\"}");
        Files.createDirectories(vendor.resolve("commander"));
        Files.writeString(vendor.resolve("commander/index.js"), SECRET);
        Files.writeString(dir.resolve("secret.js"), SECRET);
        Files.createSymbolicLink(vendor.resolve("leaflet/dist/escape.js"), dir.resolve("secret.js"));
        store = TestCorpus.store(dir.resolve("c.db"));
        server = TestCorpus.serve(DeskConfig.local(0).withVendor(vendor), store);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/api/stats", "/api/events?limit=abc", "/api/nothing", "/openapi.json",
                "/vendor/leaflet/dist/leaflet.js", "/vendor/commander/index.js", "/static/nothing.js", "/")) {
            HttpResponse<String> r = http.get(path);
            assertEquals(CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null), path);
        }
        String badUri = http.raw("GET /api/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertEquals(400, Http.status(badUri), badUri);
        assertTrue(badUri.contains("Content-Security-Policy: default-src 'self'"),
                "even Jetty's own errors: " + badUri);
    }

    @Test
    void theTileHostIsAllowedForImagesOnly() {
        TileSource osm = TileSource.of("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png");
        try (DeskServer tiled = TestCorpus.serve(DeskConfig.local(0).withTiles(osm, "© OpenStreetMap"), store)) {
            Http h = new Http(tiled.port());
            HttpResponse<String> r = h.get("/api/config");
            assertEquals(CSP.replace("img-src 'self' data:", "img-src 'self' data: https://*.tile.openstreetmap.org"),
                    r.headers().firstValue("Content-Security-Policy").orElseThrow());
            JsonNode config = Http.parse(r.body());
            assertEquals(osm.template(), config.get("tiles").asText());
            assertEquals("© OpenStreetMap", config.get("attribution").asText());
        }
    }

    @Test
    void jsonComesAsUtf8AndErrorsWithoutInternals() {
        HttpResponse<String> ok = http.get("/api/stats");
        assertEquals(JsonResponses.CONTENT_TYPE.replace(" ", ""),
                ok.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        HttpResponse<String> bad = http.get("/api/events?status=" + "x".repeat(20));
        assertEquals(400, bad.statusCode());
        assertNoInternals(bad.body());
    }

    @Test
    void aFailureInsideIsA500WithAGenericMessageAndTheDetailsOnStandardError() throws IOException {
        CorpusStore broken = CorpusStore.open(dir.resolve("broken.db"));
        try (DeskServer s = TestCorpus.serve(DeskConfig.local(0), broken)) {
            broken.close();
            PrintStream err = System.err;
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            HttpResponse<String> r;
            try {
                r = new Http(s.port()).get("/api/stats");
            } finally {
                System.setErr(err);
            }
            assertEquals(500, r.statusCode());
            JsonNode body = Http.parse(r.body());
            assertTrue(body.get("error").asText().startsWith("internal error (reference "), r.body());
            assertNoInternals(r.body());
            assertFalse(r.body().contains("broken.db"), "no file names either");
            String logged = log.toString(StandardCharsets.UTF_8);
            assertTrue(logged.contains("StoreException") && logged.contains("\tat org.dateline."), logged);
        }
    }

    @Test
    void aBodyOverTheLimitIs413WithOrWithoutItsLength() throws Exception {
        byte[] big = new byte[DeskConfig.DEFAULT_MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> sized = http.post("/api/articles", new String(big, StandardCharsets.US_ASCII),
                "Content-Type", "application/json");
        assertEquals(413, sized.statusCode(), sized.body());
        assertEquals(413, Http.parse(sized.body()).get("status").asInt());
        HttpRequest chunked = HttpRequest.newBuilder(http.uri("/api/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void theVendorFolderServesItsPackagesFiles() {
        HttpResponse<String> js = http.get("/vendor/leaflet/dist/leaflet.js");
        assertEquals(200, js.statusCode());
        assertEquals("window.L = {};", js.body());
        assertTrue(js.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertEquals(200, http.get("/vendor/leaflet/package.json").statusCode());
    }

    @Test
    void nothingElseOnDiskIsReachable() {
        List<String> attempts = List.of("/vendor/../../pom.xml", "/vendor/leaflet/../../../etc/passwd",
                "/vendor/leaflet/../../secret.js", "/vendor/leaflet/%2e%2e/%2e%2e/secret.js",
                "/vendor/leaflet/..%2f..%2fsecret.js", "/vendor/leaflet/%2e%2e%2f%2e%2e%2fsecret.js",
                "/vendor/leaflet/dist/..%5c..%5c..%5csecret.js", "/vendor/%2e%2e/secret.js",
                "/vendor/leaflet/dist/escape.js", "/vendor/leaflet/dist/.hidden.js", "/vendor/commander/index.js",
                "/vendor/leaflet/dist/", "/vendor/leaflet/dist", "/vendor/leaflet/", "/vendor/",
                "/vendor/leaflet/dist/leaflet.js%00.png", "/static/../../../pom.xml",
                "/static/%2e%2e/%2e%2e/openapi.json", "/static/..%2f..%2fopenapi.json");
        for (String path : attempts) {
            String response = http.rawGet(path, "127.0.0.1");
            int status = Http.status(response);
            assertTrue(status == 400 || status == 404, path + " answered " + status);
            assertFalse(response.contains(SECRET) || response.contains("<artifactId>") || response.contains("root:x")
                    || response.contains("\"openapi\""), path + " leaked: " + response);
            assertTrue(Http.body(response).contains("\"error\""), path + " did not answer JSON: " + response);
        }
    }

    @Test
    void requestsForAnotherHostAreRefused() {
        String rebound = http.rawGet("/api/stats", "attacker.example:" + server.port());
        assertEquals(403, Http.status(rebound), rebound);
        assertTrue(Http.body(rebound).contains("localhost only"), rebound);
        assertEquals(403, Http.status(http.rawGet("/api/stats", "127.attacker.example")));
        assertEquals(200, Http.status(http.rawGet("/api/stats", "localhost:" + server.port())));
        assertEquals(200, Http.status(http.rawGet("/api/stats", "127.0.0.1")));
        assertEquals(200, Http.status(http.rawGet("/api/stats", "[::1]:" + server.port())));
    }

    @Test
    void htmlInArticlesComesBackAsJsonStringData() {
        JsonNode view = http.json("/api/articles/" + TestCorpus.REUTERS.article().id(), 200);
        assertEquals(TestCorpus.REUTERS.article().title(), view.get("record").get("article").get("title").asText());
        assertTrue(view.get("record").get("article").get("text").asText().contains(TestCorpus.IMG));
        HttpResponse<String> raw = http.get("/api/articles/" + TestCorpus.REUTERS.article().id());
        assertFalse(raw.body().contains("<script>") || raw.body().contains("<img"),
                "angle brackets are escaped even inside JSON strings");
        assertTrue(raw.body().contains("\\u003Cscript\\u003E"), raw.body());
        JsonNode event = http.json("/api/events?type=SHELLING", 200).get("items").get(0);
        assertEquals("Shelling in Kharkiv " + TestCorpus.SCRIPT,
                http.json("/api/events/" + event.get("id").asText().replace("#", "%23"), 200)
                        .get("reports").get(0).get("title").asText());
        JsonNode hits = http.json("/api/search?q=onerror", 200);
        String snippet = hits.get(0).get("snippet").asText();
        JsonNode mark = hits.get(0).get("marks").get(0);
        assertTrue(snippet.contains("<img src=x onerror=alert(1)>"), hits.toString());
        assertEquals("onerror", snippet.substring(mark.get("start").asInt(), mark.get("end").asInt()));
    }

    private static void assertNoInternals(String body) {
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("org.dateline")
                || body.contains("SQL"), body);
    }
}
