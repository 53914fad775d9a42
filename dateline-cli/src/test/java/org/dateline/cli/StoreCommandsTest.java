package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Assertion;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Geo;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.Title;
import org.dateline.store.CorpusStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read commands over a corpus database: events, quotes, search, entity, export. */
class StoreCommandsTest {
    @TempDir
    static Path dir;
    private static Path db;

    @BeforeAll
    static void ingest() {
        db = dir.resolve("corpus.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            store.put(List.of(article(LocalDate.of(2024, 3, 1), "Reuters", "Shelling killed two people in Kharkiv"
                            + " on Friday, Governor Oleh Syniehubov said. \"We will rebuild,\" he said.", "Kharkiv",
                    49.9935, 36.2304), article(LocalDate.of(2024, 3, 2), "AP", "Shelling killed two people in"
                            + " Odesa on Saturday, Governor Oleh Syniehubov said. \"The port works,\" he said.",
                    "Odesa", 46.4825, 30.7233)));
            store.refresh();
        }
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aMissingDatabaseIsAnErrorAndIsNotCreated() throws IOException {
        Path missing = dir.resolve("nowhere").resolve("none.db");
        for (String command : List.of("events", "quotes --speaker X", "search word", "entity X",
                "export --format csv")) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.addAll(List.of("--db", missing.toString()));
            CliRun r = run(args.toArray(String[]::new));
            assertEquals(1, r.code(), command + ": " + r.err());
            assertEquals("dateline: no database at " + missing + "; create it with: dateline ingest PATH...\n",
                    r.err(), command);
            assertEquals("", r.out());
        }
        Path here = dir.resolve("absent.db");
        assertEquals(1, run("events", "--db", here.toString()).code());
        assertFalse(Files.exists(here));
        assertFalse(Files.exists(missing.getParent()));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("absent")));
        }
    }

    @Test
    void eventsAreJsonLinesWhenNotOnATerminal() {
        CliRun r = run("events", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.lines().size(), r.out());
        assertTrue(r.lines().get(0).startsWith("{\"key\":"), r.out());
        assertTrue(r.lines().get(0).contains("\"name\":\"Kharkiv\""), r.out());
        assertEquals(1, run("events", "--db", db.toString(), "--near", "46.48,30.72", "--radius", "10").lines()
                .size());
        assertEquals(0, run("events", "--db", db.toString(), "--type", "Battles").lines().size());
        assertEquals(1, run("events", "--db", db.toString(), "--limit", "1", "--offset", "1").lines().size());
        assertEquals(2, run("events", "--db", db.toString(), "--status", "single_source", "--actor", "Russia")
                .lines().size());
    }

    @Test
    void wrongFiltersAreUsageErrorsOrSayWhatIsMissing() {
        CliRun status = run("events", "--db", db.toString(), "--status", "SURE");
        assertEquals(2, status.code());
        assertTrue(status.err().contains("--status must be one of [SINGLE_SOURCE, CORROBORATED, CONTRADICTED]"),
                status.err());
        CliRun dates = run("events", "--db", db.toString(), "--from", "2024-03-02", "--to", "2024-03-01");
        assertEquals(2, dates.code());
        assertTrue(dates.err().contains("from 2024-03-02 is after to 2024-03-01"), dates.err());
        Path noIndex = dir.resolve("no-gazetteer.db");
        CliRun place = run("events", "--db", db.toString(), "--near", "Kharkiv", "--gazetteer", noIndex.toString());
        assertEquals(1, place.code());
        assertEquals("dateline: cannot look up --near 'Kharkiv': no gazetteer index at " + noIndex
                + " (build it with: dateline gazetteer build), or give --near LAT,LON\n", place.err());
        assertFalse(Files.exists(noIndex));
    }

    @Test
    void quotesSearchAndEntityPrintJson() {
        CliRun quotes = run("quotes", "--speaker", "syniehubov", "--db", db.toString());
        assertEquals(0, quotes.code(), quotes.err());
        assertEquals(2, quotes.lines().size());
        assertTrue(quotes.lines().get(0).contains("\"text\":\"The port works,\""), quotes.out());
        CliRun search = run("search", "Odesa", "shelling", "--db", db.toString());
        assertEquals(1, search.lines().size(), search.out());
        int odesa = "Shelling in Odesa".indexOf("Odesa"); // the snippet marks the match by offsets, not brackets
        assertTrue(search.out().contains("\"snippet\":\"Shelling in Odesa\""), search.out());
        assertTrue(search.out().contains("{\"start\":" + odesa + ",\"end\":" + (odesa + 5) + "}"), search.out());
        CliRun entity = run("entity", "Syniehubov", "--db", db.toString());
        assertEquals(0, entity.code(), entity.err());
        assertTrue(entity.out().startsWith("{\"name\":\"Oleh Syniehubov\""), entity.out());
        CliRun nobody = run("entity", "Nobody", "--db", db.toString());
        assertEquals(1, nobody.code());
        assertEquals("dateline: no person or organisation named 'Nobody' in " + db + "\n", nobody.err());
    }

    @Test
    void exportWritesTheFormatToAFileOrStandardOutput() throws IOException {
        Path csv = dir.resolve("events.csv");
        CliRun r = run("export", "--format", "CSV", "--out", csv.toString(), "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(csv);
        assertTrue(text.startsWith("event_id_cnty,event_date,year,"), text);
        assertEquals(3, text.split("\r\n").length);
        assertFalse(Files.exists(dir.resolve("events.csv.part")));
        assertEquals("dateline: 2 events exported to " + csv + "\n", r.err());

        CliRun geo = run("export", "--format", "geojson", "--db", db.toString(), "--type", "SHELLING");
        assertTrue(geo.out().startsWith("{\"type\":\"FeatureCollection\""), geo.out());
        assertTrue(geo.out().contains("\"coordinates\":[36.2304,49.9935]"), geo.out());

        CliRun jsonl = run("export", "--format", "jsonl", "--db", db.toString(), "--limit", "1");
        assertEquals(1, jsonl.lines().size());
        assertTrue(jsonl.out().contains("\"reports\":[{"), jsonl.out());

        CliRun bad = run("export", "--format", "xml", "--db", db.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown export format 'xml'; one of [csv, geojson, jsonl]"), bad.err());
    }

    /** An article whose first sentence reports shelling in {@code city}, asserted by the governor it quotes. */
    private static AnalyzedArticle article(LocalDate date, String source, String text, String city, double lat,
                                           double lon) {
        Article a = Article.of(date, null, "Shelling in " + city, source, null, text);
        String governor = "Oleh Syniehubov";
        int name = text.indexOf(governor);
        Entity e = new Entity("e1", governor, "PERSON", List.of(new Title("Governor", name - 9, name - 1, 0)),
                null, List.of(new Mention(governor, "NAME", name, name + governor.length(), 0)), name,
                name + governor.length(), 0);
        int q = text.indexOf('"') + 1;
        int qEnd = text.indexOf('"', q);
        Quote quote = new Quote("q1", text.substring(q, qEnd), "e1", governor, null, "say", null, null, null, null,
                q, qEnd, 1);
        Geo geo = new Geo(null, city, lat, lon, "P", "PPLA", "UA", "Ukraine", city, null, 1, 0.9);
        Event event = new Event("ev1", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                "SHELLING", "Shelling", null,
                new EventActor("Military Forces of Russia", "shelling", null, "STATE_FORCES", "Russia", null),
                new EventActor("Civilians (Ukraine)", "people", null, "CIVILIANS", "Ukraine", null),
                new EventPlace(null, city, geo, 1, "TEXT"),
                new EventDate(date.toString(), date.toString(), date.toString(), 1, false, null, "TEXT"), List.of(),
                new Assertion(governor, "e1", "OFFICIAL", null), "CLAIMED", "ASSERTED", false, null, 0.8, 0,
                text.indexOf(". ") + 1, 0, List.of());
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, a, List.of(e), List.of(quote), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(event));
    }
}
