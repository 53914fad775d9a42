package org.dateline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.store.CorpusStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk as a daily tool, through its API: the feed's orders and filters, the summary its counts come from, the
 * timeline by type, exports of the current filter, the live stream of changes, the analyzer loaded at start, and the
 * base map's place names.
 */
class DeskFeedApiTest {
    @TempDir
    static Path dir;
    private static CorpusStore store;
    private static DeskServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        store = TestCorpus.store(dir.resolve("c.db"));
        List<DeskServer.PlaceName> names = List.of(
                new DeskServer.PlaceName("Kyiv", 50.45, 30.52, "PPLC", 2_900_000, "UA"),
                new DeskServer.PlaceName("Kharkiv", 49.99, 36.23, "PPLA", 1_400_000, "UA"),
                new DeskServer.PlaceName("Izium", 49.21, 37.25, "PPL", 60_000, "UA"),
                new DeskServer.PlaceName("Balakliia", 49.46, 36.86, "PPL", 26_000, "UA"));
        server = DeskServer.start(DeskConfig.local(0), store, () -> TestCorpus.analyzer(new AtomicInteger()),
                PlaceLookup.corpusOnly(store), () -> names);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static List<String> codes(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(e -> out.add(e.get("code").asText()));
        return out;
    }

    @Test
    void aFeedRunsNewestFirstWhenAskedAndBadOrdersAreRefused() {
        JsonNode newest = http.json("/api/events?sort=newest&limit=2", 200);
        assertEquals(List.of("SHELLING", "ARMED_CLASH"), codes(newest));
        assertEquals("PEACEFUL_PROTEST", http.json("/api/events?limit=1", 200).get("items").get(0).get("code")
                .asText(), "oldest first unless asked");
        assertEquals(List.of("SHELLING"), codes(http.json("/api/events?sort=SOURCES&limit=1", 200)));
        JsonNode bad = http.json("/api/events?sort=latest", 400);
        assertTrue(bad.get("error").asText().contains("'sort'") && bad.get("error").asText().contains("newest"),
                bad.toString());
    }

    @Test
    void anUnknownEventTypeIsRefusedLikeEveryOtherBadValue() {
        JsonNode bad = http.json("/api/events?type=NOPE", 400);
        assertTrue(bad.get("error").asText().startsWith("unknown event type 'NOPE'"), bad.toString());
        assertTrue(bad.get("error").asText().contains("Battles"), "it lists the types: " + bad);
        http.json("/api/timeline?type=NOPE", 400);
        http.json("/api/summary?type=NOPE", 400);
        http.json("/api/export/csv?type=NOPE", 400);
        assertEquals(0, http.json("/api/events?type=Riots", 200).get("items").size(),
                "a type of the taxonomy that the corpus lacks is no error");
        assertEquals(1, http.json("/api/events?type=shelling", 200).get("items").size());
    }

    @Test
    void countryAreaActorPairAndFatalitiesAreFilters() {
        assertEquals(TestCorpus.PROTESTS + 2, http.json("/api/events?country=ua", 200).get("items").size());
        assertEquals(0, http.json("/api/events?country=RU,PL", 200).get("items").size());
        assertEquals(List.of("SHELLING"), codes(http.json("/api/events?actor1=forces%20of%20russia&type="
                + "Explosions%2FRemote%20violence", 200)));
        assertEquals(0, http.json("/api/events?actor2=civilians", 200).get("items").size());
        assertEquals(0, http.json("/api/events?minFatalities=1", 200).get("items").size());
        assertEquals(0, http.json("/api/events?admin1=Kharkiv", 200).get("items").size());
        assertTrue(http.json("/api/events?country=Ukraine", 400).get("error").asText().contains("alpha-2"));
        http.json("/api/events?minFatalities=-1", 400);
    }

    @Test
    void theSummaryCountsWhatTheListShows() {
        JsonNode s = http.json("/api/summary", 200);
        int listed = http.json("/api/events?limit=1000", 200).get("items").size();
        assertEquals(listed, s.get("events").asInt());
        assertEquals(listed, s.get("located").asInt(), "every test event has a place");
        long kinds = 0;
        for (JsonNode k : s.get("kinds")) {
            kinds += k.get("count").asLong();
        }
        assertEquals(listed, kinds);
        assertEquals("UA", s.get("countries").get(0).get("code").asText());
        assertEquals("2024-01-01", s.get("firstDate").asText());
        JsonNode protests = http.json("/api/summary?type=Protests", 200);
        assertEquals(TestCorpus.PROTESTS, protests.get("events").asInt());
        assertEquals(3, protests.get("kinds").size(), "the kinds are counted without the type filter");
    }

    @Test
    void theTimelineCountsEachBinByEventType() {
        JsonNode t = http.json("/api/timeline", 200);
        long protests = 0;
        for (JsonNode bin : t.get("bins")) {
            long sum = 0;
            for (JsonNode n : bin.get("types")) {
                sum += n.asLong();
            }
            assertEquals(bin.get("count").asLong(), sum, bin.toString());
            protests += bin.get("types").path("Protests").asLong();
        }
        assertEquals(TestCorpus.PROTESTS, protests);
    }

    @Test
    void anExportIsTheCurrentFilterAsAFileToDownload() {
        HttpResponse<String> csv = http.get("/api/export/csv?type=Protests&sort=newest");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("")
                .matches("attachment; filename=\"dateline-events-\\d{4}-\\d{2}-\\d{2}\\.csv\""),
                csv.headers().map().toString());
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("event_id_cnty,event_date,"), lines[0]);
        assertEquals(TestCorpus.PROTESTS + 1, lines.length, "a header and one row per protest");
        assertTrue(lines[1].contains(",2024-02-03,"), "newest first: " + lines[1]);

        JsonNode geo = Http.parse(http.get("/api/export/geojson?country=UA").body());
        assertEquals("FeatureCollection", geo.get("type").asText());
        assertEquals(TestCorpus.PROTESTS + 2, geo.get("features").size());

        String[] jsonl = http.get("/api/export/jsonl?type=SHELLING").body().split("\n");
        assertEquals(1, jsonl.length);
        assertEquals(2, Http.parse(jsonl[0]).get("reports").size(), "each event with its reports");

        assertEquals(3, http.get("/api/export/csv?limit=2").body().split("\r\n").length);
        assertTrue(http.json("/api/export/xlsx", 400).get("error").asText().contains("csv"));
        http.json("/api/export/csv?offset=3", 400);
    }

    @Test
    void theStreamTellsAnOpenPageWhenAnArticleArrives() throws Exception {
        try (CorpusStore own = TestCorpus.store(dir.resolve("stream.db"));
             DeskServer desk = TestCorpus.serve(DeskConfig.local(0), own)) {
            stream(new Http(desk.port()));
        }
    }

    private static void stream(Http http) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(http.uri("/api/stream"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(stream.body(), events), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            JsonNode first = events.poll(30, TimeUnit.SECONDS);
            assertTrue(first != null, "a corpus event on connecting");
            long articles = first.get("articles").asLong();
            HttpResponse<String> posted = http.post("/api/articles", "{\"date\": \"2024-04-01\", \"text\":"
                    + " \"Hundreds protested in Odesa on Monday.\"}", "Content-Type", "application/json");
            assertEquals(201, posted.statusCode(), posted.body());
            JsonNode next = events.poll(30, TimeUnit.SECONDS);
            assertTrue(next != null, "a corpus event after the article was stored");
            assertEquals(articles + 1, next.get("articles").asLong());
            assertTrue(next.get("version").asLong() != first.get("version").asLong());
        } finally {
            stream.body().close();
        }
        assertEquals(406, http.get("/api/stream").statusCode(), "without Accept: text/event-stream");
    }

    private static void read(InputStream in, BlockingQueue<JsonNode> events) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && LiveFeed.EVENT.equals(event)) {
                    events.add(Http.parse(line.substring(5).strip()));
                }
            }
        } catch (IOException e) {
            // closed by the test
        }
    }

    @Test
    void theAnalyzerLoadsWhenTheServerStartsAndConfigSaysSo() throws InterruptedException {
        String state = "";
        for (int i = 0; i < 300 && !state.equals("READY"); i++) {
            state = http.json("/api/config", 200).get("analyzer").get("state").asText();
            if (!state.equals("READY")) {
                Thread.sleep(100);
            }
        }
        assertEquals("READY", state, "the fake analyzer loads in the background at start");
        assertTrue(http.json("/api/config", 200).get("analyzer").has("loadMillis"));
    }

    @Test
    void placeNamesComeByTileCapitalsFirstTownsWhenZoomedIn() {
        JsonNode world = http.json("/api/places/2/2/1", 200);
        assertEquals(List.of("Kyiv"), names(world), "at zoom 2 capitals only");
        assertEquals("CITY", http.json("/api/places/" + tile(6, 50, 36), 200).get(0).get("kind").asText());
        assertEquals(List.of("Izium"), names(http.json("/api/places/" + tile(7, 49.3, 37.0), 200)),
                "a town of 26,000 is not named at zoom 7");
        assertEquals(List.of("Balakliia"), names(http.json("/api/places/" + tile(9, 49.46, 36.86), 200)),
                "but from zoom 9 on");
        assertTrue(http.json("/api/places/2/9/1", 400).get("error").asText().contains("does not exist"));
        http.json("/api/places/x/1/1", 400);
        JsonNode basemap = http.json("/api/basemap", 200);
        assertEquals(4, basemap.get("placeNames").asInt());
    }

    private static List<String> names(JsonNode labels) {
        List<String> out = new ArrayList<>();
        labels.forEach(l -> out.add(l.get("name").asText()));
        return out;
    }

    /** The z/x/y of the tile holding a point. */
    private static String tile(int z, double lat, double lon) {
        int n = 1 << z;
        int x = (int) ((lon + 180) / 360 * n);
        double r = Math.toRadians(lat);
        int y = (int) ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
        return z + "/" + x + "/" + y;
    }
}
