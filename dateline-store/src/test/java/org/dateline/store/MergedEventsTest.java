package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Assertion;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Geo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories and merged events as the store computes them from put articles. */
class MergedEventsTest {
    private static final String WIRE = String.join(" ",
            "Russian forces shelled the eastern town of Kupiansk overnight, killing three civilians and",
            "wounding eleven, the regional governor said on Tuesday.",
            "The shells struck a residential block and a school near the railway station, he said on Telegram.",
            "Rescue workers pulled two people from the rubble of the five-storey building before dawn.",
            "Kupiansk, a rail hub on the Oskil River, was recaptured by Ukrainian troops in September.",
            "Moscow did not comment on the attack, and Reuters could not independently verify the report.",
            "The governor urged the remaining residents to leave for safer areas further west.",
            "Power and water supplies to the town were cut after the strike, the local utility said.");

    @TempDir
    Path dir;

    @Test
    void twoCopiesOfAStoryWithDifferentHeadlinesAreOneStory() {
        String edited = WIRE.replace("the regional governor said", "the governor of the region said")
                + " Officials said repairs could take several days.";
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"))) {
            store.put(List.of(report("Russian shelling kills three in Kupiansk", "Reuters", WIRE, 1),
                    report("Three civilians killed as shells hit Kupiansk", "Kyiv Daily", edited, 1)));
            assertEquals(2, store.articleCount());
            assertEquals(1, store.storyCount());
        }
    }

    @Test
    void unrelatedStoriesStaySeparate() {
        String other = "Farmers in the south planted record areas of sunflower this spring, the agriculture"
                + " ministry said, despite the war and a shortage of fertiliser in several regions.";
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"))) {
            store.put(List.of(report("Shelling", "Reuters", WIRE, 1), report("Sunflowers", "Reuters", other, 1)));
            assertEquals(2, store.storyCount());
        }
    }

    @Test
    void oneEventFromTwoOutletsHasTwoIndependentSources() throws SQLException {
        String own = "Three civilians died when artillery hit apartment buildings in Kupiansk late on Monday,"
                + " local officials told our correspondent, who saw rescuers searching the ruins on Tuesday.";
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"))) {
            store.put(List.of(report("Russian shelling kills three", "Reuters", WIRE, 1),
                    report("Artillery hits Kupiansk", "Kyiv Daily", own, 2)));
            assertEquals(new CorpusStore.Refresh(0, 1), store.refresh());
        }
        assertEquals(List.of("2 CORROBORATED 2"), merged(dir.resolve("c.db")));
    }

    @Test
    void oneEventFromTwoCopiesOfOneWireStoryHasOneSource() throws SQLException {
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"))) {
            store.put(List.of(report("Russian shelling kills three", "Reuters", WIRE, 1),
                    report("Three killed in Kupiansk", "Kyiv Daily", WIRE + " More follows.", 1)));
            store.refresh();
        }
        assertEquals(List.of("1 SINGLE_SOURCE 2"), merged(dir.resolve("c.db")));
    }

    @Test
    void eventsFarApartOrOfAnotherTypeAreNotMerged() throws SQLException {
        String west = "Shelling hit Lviv overnight, killing three civilians, the mayor said on Tuesday.";
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"))) {
            store.put(List.of(report("Kupiansk", "Reuters", WIRE, 1),
                    report("Lviv", "Kyiv Daily", west, 1, 49.84, 24.03)));
            store.refresh();
        }
        assertEquals(List.of("1 SINGLE_SOURCE 1", "1 SINGLE_SOURCE 1"), merged(dir.resolve("c.db")));
    }

    @Test
    void refreshingTwiceGivesTheSameMergedEvents() throws SQLException {
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"))) {
            store.put(List.of(report("A", "Reuters", WIRE, 1), report("B", "AP", "Shells hit Kupiansk.", 1)));
            store.refresh();
            List<String> first = merged(dir.resolve("c.db"));
            store.refresh();
            assertEquals(first, merged(dir.resolve("c.db")));
            assertEquals(1, store.mergedEventCount());
        }
    }

    @Test
    void theStoredRecordReadsBackEqual() {
        AnalyzedArticle record = Records.shelling("Kharkiv", 49.99, 36.23, "We will rebuild", 4);
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"))) {
            store.put(List.of(record));
            assertEquals(record, store.article(record.article().id()).orElseThrow());
            assertTrue(store.article("0000000000000000").isEmpty());
        }
    }

    /** Each merged event as "independent sources, status, reports", in id order. */
    private static List<String> merged(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = CorpusStore.connect(file);
             PreparedStatement q = c.prepareStatement("SELECT independent_sources, status, report_count"
                     + " FROM event_clusters ORDER BY id");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                rows.add(r.getInt(1) + " " + r.getString(2) + " " + r.getInt(3));
            }
        }
        return rows;
    }

    private static AnalyzedArticle report(String title, String source, String text, int day) {
        return report(title, source, text, day, 49.71, 37.61);
    }

    /** An article whose first sentence reports shelling at (lat, lon) on the given day of October 2022. */
    private static AnalyzedArticle report(String title, String source, String text, int day, double lat,
                                          double lon) {
        LocalDate date = LocalDate.of(2022, 10, day);
        Article article = Article.of(date, null, title, source, null, text);
        Geo geo = new Geo(null, "Kupiansk", lat, lon, "P", "PPL", "UA", "Ukraine", "Kharkiv", null, 1, 0.9);
        int end = text.indexOf('.') + 1;
        Event shelling = new Event("ev1", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                "SHELLING", "shelled", null, new EventActor("Military Forces of Russia", "Russian forces", null,
                "STATE_FORCES", "RU", null), null, new EventPlace(null, "Kupiansk", geo, 1, "TEXT"),
                new EventDate(date.toString(), date.toString(), date.toString(), 1, false, null, "TEXT"),
                List.of(), new Assertion(source, null, "OUTLET", null), "REPORTED", "ASSERTED", false, null, 0.8, 0,
                end, 0, List.of());
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, article, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(shelling));
    }
}
