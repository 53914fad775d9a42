package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.dateline.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreTest {
    private static final AnalyzedArticle KHARKIV = Records.shelling("Kharkiv", 49.99, 36.23,
            "We will rebuild every school", 3);
    private static final AnalyzedArticle ODESA = Records.shelling("Odesa", 46.48, 30.72,
            "The port is working normally", 2);

    @TempDir
    Path dir;

    @Test
    void putTwiceStoresOnce() {
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus.db"))) {
            assertEquals(2, store.put(List.of(KHARKIV, ODESA)));
            assertEquals(0, store.put(List.of(KHARKIV, ODESA)));
            assertEquals(2, store.articleCount());
            assertEquals(2, store.eventCount());
        }
    }

    @Test
    void anArticleRepeatedInOneBatchIsStoredOnce() {
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus.db"))) {
            assertEquals(1, store.put(List.of(KHARKIV, KHARKIV)));
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void containsAnswersForStoredIdsOnly() {
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus.db"))) {
            store.put(List.of(KHARKIV));
            String kharkiv = KHARKIV.article().id();
            assertTrue(store.contains(kharkiv));
            assertFalse(store.contains(ODESA.article().id()));
            assertEquals(Set.of(kharkiv), store.containing(List.of(kharkiv, ODESA.article().id(), "nope")));
        }
    }

    @Test
    void storedArticlesSurviveReopening() {
        Path file = dir.resolve("corpus.db");
        try (CorpusStore store = CorpusStore.open(file)) {
            store.put(List.of(KHARKIV));
        }
        try (CorpusStore store = CorpusStore.open(file)) {
            assertTrue(store.contains(KHARKIV.article().id()));
            assertEquals(List.of(KHARKIV.article().id()), store.searchArticles("kharkiv", 10));
        }
    }

    @Test
    void theWholeRecordIsStoredAsDatelineJson() throws SQLException {
        Path file = dir.resolve("corpus.db");
        try (CorpusStore store = CorpusStore.open(file)) {
            store.put(List.of(KHARKIV));
        }
        try (Connection raw = CorpusStore.connect(file); Statement statement = raw.createStatement();
             ResultSet rows = statement.executeQuery("SELECT record FROM articles")) {
            rows.next();
            String json = rows.getString(1);
            assertTrue(json.startsWith("{\"schema\":\"dateline/1\""), json);
            assertTrue(json.contains("\"date\":\"2024-03-03\""), json);
            assertFalse(json.contains("null"), json);
        }
    }

    @Test
    void fullTextSearchFindsAWordOfTheTextAndOfAQuote() {
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus.db"))) {
            store.put(List.of(KHARKIV, ODESA));
            assertEquals(List.of(ODESA.article().id()), store.searchArticles("port", 10));
            assertEquals(List.of(), store.searchArticles("volcano", 10));
            List<StoredQuote> quotes = store.searchQuotes("school", 10);
            assertEquals(List.of(new StoredQuote(KHARKIV.article().id(), "q1", "We will rebuild every school",
                    "Ivan Petrenko")), quotes);
            assertEquals(2, store.searchQuotes("speaker_name: petrenko", 10).size());
        }
    }

    @Test
    void fullTextSearchMatchesOtherFormsOfAWordAndIgnoresAccents() {
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus.db"))) {
            store.put(List.of(KHARKIV));
            assertEquals(List.of(KHARKIV.article().id()), store.searchArticles("shelled", 10), "Shelling");
            assertEquals(List.of(KHARKIV.article().id()), store.searchArticles("Khárkiv", 10));
            assertEquals(1, store.searchQuotes("schools", 10).size(), "school");
        }
    }

    @Test
    void wordsInQuotesAreSearchedAsAPhrase() {
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus.db"))) {
            store.put(List.of(KHARKIV));
            assertEquals(1, store.search("\"shelling killed\" Kharkiv", 10).size());
            assertEquals(0, store.search("\"killed shelling\"", 10).size());
            assertEquals(1, store.search("killed shelling", 10).size(), "without quotes, the words in any order");
        }
    }

    @Test
    void aMalformedSearchIsAStoreException() {
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus.db"))) {
            assertThrows(StoreException.class, () -> store.searchArticles("\"unclosed", 10));
        }
    }

    @Test
    void spatialIndexFindsEventsInsideTheBoxOnly() {
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus.db"))) {
            store.put(List.of(KHARKIV, ODESA));
            List<StoredEvent> aroundKharkiv = store.eventsWithin(49.5, 50.5, 36.0, 36.5, 10);
            assertEquals(List.of(new StoredEvent(KHARKIV.article().id(), "ev1", "195",
                    "Explosions/Remote violence", "Kharkiv", 49.99, 36.23, "2024-03-03", "2024-03-03", 3.0)),
                    aroundKharkiv);
            assertEquals(List.of(), store.eventsWithin(49.995, 50.5, 36.0, 36.5, 10));
            assertEquals(2, store.eventsWithin(44, 53, 22, 41, 10).size());
            assertEquals(1, store.eventsWithin(44, 53, 22, 41, 1).size());
        }
    }

    @Test
    void readsRejectBadLimitsAndEmptyBoxes() {
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus.db"))) {
            assertThrows(IllegalArgumentException.class, () -> store.searchArticles("port", 0));
            assertThrows(IllegalArgumentException.class, () -> store.searchQuotes("port", -1));
            assertThrows(IllegalArgumentException.class, () -> store.eventsWithin(50, 49, 36, 37, 10));
        }
    }

    @Test
    void aFailingBatchRollsBackWholeAndKeepsEarlierBatches() {
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus.db"))) {
            store.put(List.of(KHARKIV));
            StoreException failure = assertThrows(StoreException.class,
                    () -> store.put(List.of(ODESA, Records.withDuplicateEntity(
                            Records.shelling("Lviv", 49.84, 24.03, "Stay in shelters", 1)))));
            assertTrue(failure.getMessage().contains("corpus.db"), failure.getMessage());
            assertEquals(1, store.articleCount());
            assertEquals(1, store.eventCount());
            assertFalse(store.contains(ODESA.article().id()));
            assertEquals(List.of(), store.searchArticles("port", 10));
            assertEquals(List.of(), store.eventsWithin(44, 47, 29, 32, 10));
            assertEquals(1, store.put(List.of(ODESA)));
        }
    }
}
