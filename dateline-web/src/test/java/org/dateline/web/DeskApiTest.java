package org.dateline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.store.CorpusStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read routes over a small corpus: what each answers, how its filters and pages work, and its 400s and 404s. */
class DeskApiTest {
    @TempDir
    static Path dir;
    private static CorpusStore store;
    private static DeskServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        store = TestCorpus.store(dir.resolve("c.db"));
        server = TestCorpus.serve(DeskConfig.local(0), store);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void eventsComeAsAPageOfMergedEventsByFirstDay() {
        JsonNode page = http.json("/api/events", 200);
        assertEquals(50, page.get("limit").asInt());
        assertEquals(0, page.get("offset").asInt());
        assertTrue(page.get("next").isNull(), "one page holds them all");
        JsonNode items = page.get("items");
        assertEquals(TestCorpus.PROTESTS + 2, items.size(), "the twelve protests, the clash, the shelling once");
        JsonNode shelling = items.get(items.size() - 1);
        assertEquals("SHELLING", shelling.get("code").asText());
        assertEquals(2, shelling.get("independentSources").asInt());
        assertEquals("CORROBORATED", shelling.get("status").asText());
        assertEquals("2024-03-01", shelling.get("date").get("from").asText());
        assertEquals(TestCorpus.KHARKIV_LAT, shelling.get("place").get("lat").asDouble());
        assertEquals(List.of(TestCorpus.GOVERNOR), texts(shelling.get("assertors")));
        assertFalse(shelling.has("fatalities"), "absent fields are left out");
        assertEquals("2024-01-01", items.get(0).get("date").get("from").asText());
    }

    @Test
    void pagesLinkToTheNextUntilTheLast() {
        List<String> ids = new ArrayList<>();
        String query = "/api/events?limit=5";
        int pages = 0;
        while (query != null) {
            JsonNode page = http.json(query, 200);
            page.get("items").forEach(e -> ids.add(e.get("id").asText()));
            pages++;
            query = page.get("next").isNull() ? null : "/api/events?limit=5&offset=" + page.get("next").asInt();
        }
        assertEquals(3, pages);
        assertEquals(TestCorpus.PROTESTS + 2, ids.size());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "pages are disjoint");
        JsonNode exact = http.json("/api/events?limit=14", 200);
        assertTrue(exact.get("next").isNull(), "a page that ends with the last event has no next");
        assertEquals(5, http.json("/api/events?limit=5&offset=5", 200).get("next").asInt() - 5);
    }

    @Test
    void theFiltersOfTheCommandLineAreQueryParameters() {
        assertEquals(List.of("SHELLING"), codes("/api/events?type=SHELLING"));
        assertEquals(List.of("ARMED_CLASH", "SHELLING"), codes("/api/events?type=Battles&type=shelling"));
        assertEquals(List.of("ARMED_CLASH", "SHELLING"), codes("/api/events?actor=" + enc("forces of Russia")));
        assertEquals(List.of("SHELLING"), codes("/api/events?text=killed+Kharkiv"));
        assertEquals(List.of("SHELLING"), codes("/api/events?near=" + enc("49.99,36.23") + "&radius=10"));
        assertEquals(List.of("SHELLING"), codes("/api/events?near=Kharkiv"), "a place the corpus resolved");
        assertEquals(List.of("ARMED_CLASH", "SHELLING"), codes("/api/events?bbox=" + enc("35,49,38,51")));
        assertEquals(List.of("ARMED_CLASH", "SHELLING"), codes("/api/events?from=2024-02-10&to=2024-03-31"));
        assertEquals(List.of("SHELLING"), codes("/api/events?minSources=2"));
        assertEquals(List.of("SHELLING"), codes("/api/events?status=corroborated"));
        assertEquals(List.of("ARMED_CLASH", "SHELLING"), codes("/api/events?verification=CLAIMED"));
        assertEquals(TestCorpus.PROTESTS + 2, codes("/api/events?background=true").size());
        assertEquals(codes("/api/events"), codes("/api/events?modality=asserted"), "what happened is the default");
        assertEquals(List.of(), codes("/api/events?modality=PLANNED,NEGATED&modality=POSSIBLE"),
                "the corpus holds nothing planned, possible or denied");
        assertEquals(List.of("SHELLING"), codes("/api/events?type=SHELLING&bbox=" + enc("-180,-90,180,90")
                + "&from=2024-03-01"));
    }

    @Test
    void aMapViewBeyondTheWorldIsClampedToIt() {
        assertEquals(TestCorpus.PROTESTS + 2, codes("/api/events?bbox=" + enc("-540,-100,540,100")).size());
    }

    @Test
    void anEventComesWithItsReportsAndItsAssertorsQuotes() {
        String id = http.json("/api/events?type=SHELLING", 200).get("items").get(0).get("id").asText();
        assertTrue(id.contains("#"));
        JsonNode detail = http.json("/api/events/" + enc(id), 200);
        assertEquals(id, detail.get("event").get("id").asText());
        assertEquals(List.of("Reuters", "AP"), field(detail.get("reports"), "source"));
        assertEquals("Shelling killed three people in Kharkiv on Friday, Governor Oleh Syniehubov said.",
                detail.get("reports").get(0).get("evidence").asText());
        assertEquals(List.of("We will rebuild,", "The city stands,"), field(detail.get("quotes"), "text"));
        JsonNode missing = http.json("/api/events/" + enc("nothing#ev1"), 404);
        assertEquals("no merged event 'nothing#ev1'", missing.get("error").asText());
    }

    @Test
    void theTimelineCountsTheFilteredEventsPerDay() {
        JsonNode t = http.json("/api/timeline", 200);
        assertEquals("day", t.get("unit").asText());
        JsonNode bins = t.get("bins");
        assertEquals("2024-01-01", bins.get(0).get("date").asText());
        assertEquals("2024-03-01", bins.get(bins.size() - 1).get("date").asText());
        assertEquals(61, bins.size(), "every day from the first event's to the last's");
        int total = 0;
        for (JsonNode b : bins) {
            total += b.get("count").asInt();
        }
        assertEquals(TestCorpus.PROTESTS + 2, total);
        JsonNode protests = http.json("/api/timeline?type=Protests&limit=2", 400);
        assertTrue(protests.get("error").asText().contains("unknown parameter 'limit'"), "no pages on a timeline");
        JsonNode some = http.json("/api/timeline?type=Protests&to=2024-01-04", 200);
        assertEquals(List.of("2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"), field(some.get("bins"), "date"));
        assertEquals(List.of("1", "0", "0", "1"), field(some.get("bins"), "count"));
        assertEquals(0, some.get("earlier").asInt() + some.get("later").asInt());
    }

    @Test
    void anArticleComesWholeWithItsStoryAndMergedEvents() {
        String id = TestCorpus.AP.article().id();
        JsonNode view = http.json("/api/articles/" + id, 200);
        assertEquals("dateline/1", view.get("record").get("schema").asText());
        assertEquals(TestCorpus.AP.article().text(), view.get("record").get("article").get("text").asText());
        assertEquals(id, view.get("storyId").asText());
        String shelling = http.json("/api/events?type=SHELLING", 200).get("items").get(0).get("id").asText();
        assertEquals("ev1", view.get("events").get(0).get("eventId").asText());
        assertEquals(shelling, view.get("events").get(0).get("mergedEventId").asText());
        http.json("/api/articles/0000000000000000", 404);
    }

    @Test
    void articlesAreListedNewestFirst() {
        JsonNode page = http.json("/api/articles?limit=2", 200);
        assertEquals(List.of("2024-03-02", "2024-03-01"), field(page.get("items"), "date"));
        assertEquals(2, page.get("next").asInt());
        JsonNode last = http.json("/api/articles?limit=10&offset=10", 200);
        assertEquals(TestCorpus.PROTESTS + 3 - 10, last.get("items").size());
        assertTrue(last.get("next").isNull());
    }

    @Test
    void searchQuotesAndEntitiesAnswerLikeTheCommands() {
        JsonNode hits = http.json("/api/search?q=artillery+Kharkiv", 200);
        assertEquals(List.of(TestCorpus.AP.article().id()), field(hits, "id"));
        JsonNode mark = hits.get(0).get("marks").get(0);
        assertEquals("artillery", hits.get(0).get("snippet").asText().substring(mark.get("start").asInt(),
                mark.get("end").asInt()).toLowerCase(java.util.Locale.ROOT));
        assertEquals(List.of("The city stands,", "We will rebuild,", "The line holds,"),
                field(http.json("/api/quotes?speaker=Syniehubov", 200), "text"));
        assertEquals(1, http.json("/api/quotes?speaker=Syniehubov&limit=1", 200).size());
        JsonNode profile = http.json("/api/entities/" + enc("oleh syniehubov"), 200);
        assertEquals(TestCorpus.GOVERNOR, profile.get("name").asText());
        assertEquals(3, profile.get("quotes").size());
        assertEquals(List.of("SHELLING", "ARMED_CLASH"), field(profile.get("events"), "code"));
        assertEquals("no person or organisation named 'Nobody Known'",
                http.json("/api/entities/" + enc("Nobody Known"), 404).get("error").asText());
    }

    @Test
    void statsCountTheCorpus() {
        JsonNode s = http.json("/api/stats", 200);
        assertEquals(TestCorpus.PROTESTS + 3, s.get("articles").asInt());
        assertEquals(TestCorpus.PROTESTS + 3, s.get("events").asInt());
        assertEquals(TestCorpus.PROTESTS + 2, s.get("mergedEvents").asInt());
        assertEquals("2024-01-01", s.get("firstDate").asText());
        assertEquals("2024-03-01", s.get("lastDate").asText());
        JsonNode top = s.get("kinds").get(0);
        assertEquals("PEACEFUL_PROTEST Protests " + TestCorpus.PROTESTS,
                top.get("code").asText() + " " + top.get("type").asText() + " " + top.get("count").asInt());
    }

    @Test
    void configSaysTilesAndPosting() {
        JsonNode c = http.json("/api/config", 200);
        assertTrue(c.get("tiles").isNull());
        assertTrue(c.get("attribution").isNull());
        assertTrue(c.get("takesArticles").asBoolean());
        assertFalse(c.get("tokenRequired").asBoolean());
    }

    @Test
    void badParametersAre400sThatSayWhatIsWrong() {
        assertError("/api/events?limit=abc", 400, "'limit' must be a whole number from 1 to 1000, got 'abc'");
        assertError("/api/events?limit=1001", 400, "'limit' must be a whole number from 1 to 1000, got '1001'");
        assertError("/api/events?offset=-1", 400, "'offset' must be a whole number");
        assertError("/api/events?status=MAYBE", 400,
                "'status' must be one of [SINGLE_SOURCE, CORROBORATED, CONTRADICTED], got 'MAYBE'");
        assertError("/api/events?verification=x", 400, "'verification' must be one of");
        assertError("/api/events?from=yesterday", 400, "'from' must be a day as YYYY-MM-DD, got 'yesterday'");
        assertError("/api/events?from=2024-03-02&to=2024-03-01", 400, "from 2024-03-02 is after to 2024-03-01");
        assertError("/api/events?background=yes", 400, "'background' must be true or false");
        assertError("/api/events?modality=maybe", 400, "'modality' unknown modality 'maybe'");
        assertError("/api/events?bbox=1,2,3", 400, "'bbox' must be minLon,minLat,maxLon,maxLat");
        assertError("/api/events?bbox=10,0,5,1", 400, "'bbox' 10,0,5,1 is empty or crosses the antimeridian");
        assertError("/api/events?near=Atlantis", 400, "unknown place 'Atlantis'");
        assertError("/api/events?near=" + enc("91,0"), 400, "'near latitude' must be a number from -90.0 to 90.0");
        assertError("/api/events?near=Kharkiv&radius=0", 400, "'radius' must be more than 0 km");
        assertError("/api/events?near=Kharkiv&radius=-5", 400, "'radius' must be a number from 0.0 to 20037.5");
        assertError("/api/events?bbox=" + enc("0,0,NaN,1"), 400, "'bbox' must be a number");
        assertError("/api/events?tpye=SHELLING", 400, "unknown parameter 'tpye'; this route takes actor, actor1, actor2,");
        assertError("/api/events?limit=5&limit=6", 400, "'limit' is given 2 times; give it once");
        assertError("/api/events?actor=" + enc("***"), 400, "actor has no letters or digits");
        assertError("/api/search", 400, "'q' is required");
        assertError("/api/search?q=" + enc("\"*\""), 400, "search text needs a letter or digit");
        assertError("/api/quotes?speaker=x&limit=0", 400, "'limit' must be a whole number from 1 to 200, got '0'");
    }

    @Test
    void unknownRoutesAre404sInJson() {
        assertError("/api/nothing", 404, "Endpoint GET /api/nothing not found");
        assertError("/nothing.html", 404, "Endpoint GET /nothing.html not found");
        HttpResponse<String> put = http.post("/api/stats", "{}", "Content-Type", "application/json");
        assertEquals(404, put.statusCode(), put.body());
    }

    private static void assertError(String query, int status, String message) {
        HttpResponse<String> r = http.get(query);
        assertEquals(status, r.statusCode(), query + ": " + r.body());
        assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type").orElse("")
                .replace(" ", "").toLowerCase(), query);
        JsonNode body = Http.parse(r.body());
        assertEquals(Set.of("error", "status"), fieldNames(body), query);
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("error").asText().startsWith(message), query + ": " + body.get("error").asText());
    }

    private static List<String> codes(String query) {
        return field(http.json(query, 200).get("items"), "code");
    }

    private static List<String> field(JsonNode array, String name) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(name).asText()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
