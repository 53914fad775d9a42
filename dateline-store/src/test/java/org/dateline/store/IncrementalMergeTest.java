package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Assertion;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Geo;

/**
 * Merging each new article's events into the merged events ({@link CorpusStore#refresh()}) gives what merging the
 * whole corpus again gives ({@link CorpusStore#remerge()}): the same rows, keys, search text and links, whatever order
 * the articles come in (old news after new included).
 */
class IncrementalMergeTest {
    private static final String[][] PLACES = {{"Kupiansk", "49.71", "37.61"}, {"Kupiansk", "49.72", "37.63"},
        {"Izium", "49.21", "37.26"}, {"Kharkiv", "49.99", "36.23"}, {"Balakliia", "49.46", "36.86"}};
    private static final String[][] KINDS = {{"Explosions/Remote violence", "SHELLING"},
        {"Battles", "ARMED_CLASH"}, {"Strategic developments", "TERRITORY_RETAKEN"},
        {"Strategic developments", "AGREEMENT"}};

    @Property(tries = 12)
    void mergingArticleByArticleGivesTheMergeOfAll(@ForAll Random random) throws Exception {
        inTempDir(dir -> {
            Path file = dir.resolve("c.db");
            try (CorpusStore store = CorpusStore.open(file)) {
                for (int i = 0; i < 30; i++) {
                    store.put(List.of(article(i, random)));
                    if (random.nextInt(3) > 0) {
                        store.refresh();
                    }
                }
                store.refresh();
                List<String> incremental = dump(file);
                assertTrue(store.mergedEventCount() > 0);
                store.remerge();
                assertEquals(dump(file), incremental);
            }
        });
    }

    /** Reports stored and never merged (the process died before its merge) are merged when the file is opened again. */
    @Property(tries = 3)
    void reportsLeftUnmergedByACrashAreMergedOnTheNextOpen(@ForAll Random random) throws Exception {
        inTempDir(dir -> {
            Path file = dir.resolve("c.db");
            try (CorpusStore store = CorpusStore.open(file)) {
                for (int i = 0; i < 10; i++) {
                    store.put(List.of(article(i, random)));
                }
                assertEquals(0, store.mergedEventCount(), "not merged yet");
            }
            try (CorpusStore store = CorpusStore.openForQueries(file)) {
                assertTrue(store.mergedEventCount() > 0);
                List<String> merged = dump(file);
                store.remerge();
                assertEquals(dump(file), merged);
            }
        });
    }

    /** Work in a folder of its own (a property's tries cannot share JUnit's temporary folder). */
    @FunctionalInterface
    private interface InFolder {
        void run(Path dir) throws Exception;
    }

    private static void inTempDir(InFolder work) throws Exception {
        Path dir = Files.createTempDirectory("incremental");
        try {
            work.run(dir);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** Every merged event row, its search text and the merged event of every report, in key order. */
    private static List<String> dump(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = CorpusStore.connect(file)) {
            rows.addAll(rows(c, "SELECT * FROM event_clusters ORDER BY cluster_key"));
            rows.addAll(rows(c, "SELECT rowid, actors, text FROM event_clusters_fts ORDER BY rowid"));
            rows.addAll(rows(c, "SELECT * FROM event_clusters_rtree ORDER BY cluster_key"));
            rows.addAll(rows(c, "SELECT event_key, cluster_id FROM events ORDER BY event_key"));
        }
        return rows;
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(r.getObject(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** Article {@code n}: one to three events of random kinds, places and days, published within a few weeks. */
    private static AnalyzedArticle article(int n, Random random) {
        LocalDate published = LocalDate.of(2022, 10, 1).plusDays(random.nextInt(30));
        String text = "Report " + n + " on the fighting in the east, with " + random.nextInt(1000) + " words.";
        Article article = Article.of(published, null, "Report " + n, "Outlet " + random.nextInt(4), null, text);
        List<Event> events = new ArrayList<>();
        for (int e = 0, count = 1 + random.nextInt(3); e < count; e++) {
            String[] place = PLACES[random.nextInt(PLACES.length)];
            String[] kind = KINDS[random.nextInt(KINDS.length)];
            Geo geo = new Geo(null, place[0], Double.parseDouble(place[1]), Double.parseDouble(place[2]), "P", "PPL",
                    "UA", "Ukraine", "Kharkiv", null, 1, 0.9);
            LocalDate day = published.minusDays(random.nextInt(4));
            EventDate date = random.nextInt(5) == 0
                    ? new EventDate(day.toString().substring(0, 7), day.withDayOfMonth(1).toString(),
                            day.withDayOfMonth(day.lengthOfMonth()).toString(), 3, false, null, "TEXT")
                    : new EventDate(day.toString(), day.toString(), day.toString(), 1, random.nextBoolean(), null,
                            "TEXT");
            String actor = random.nextBoolean() ? "Military Forces of Russia" : "Military Forces of Ukraine";
            events.add(new Event("ev" + e, kind[0], null, kind[1], "shelled", null,
                    new EventActor(actor, actor, null, "STATE_FORCES", actor.endsWith("Russia") ? "RU" : "UA", null),
                    null, new EventPlace(null, place[0], geo, 1 + random.nextInt(2), "TEXT"), date, List.of(),
                    new Assertion(article.source(), null, "OUTLET", null), "REPORTED", "ASSERTED", false, null, 0.8,
                    e, e + 5, 0, List.of()));
        }
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, article, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), events);
    }
}
