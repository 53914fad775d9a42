package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dateline.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a store opens, which it refuses untouched, and how it migrates older ones. */
class StoreFileTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileIsCreatedAtTheLatestVersionInWalMode() throws SQLException {
        Path file = dir.resolve("new.db");
        try (CorpusStore store = CorpusStore.open(file)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
        }
        try (Connection raw = CorpusStore.connect(file)) {
            assertEquals(Migrations.APPLICATION_ID, Migrations.intPragma(raw, "application_id"));
            assertEquals("wal", query(raw, "PRAGMA journal_mode"));
        }
    }

    @Test
    void aTextFileIsRefusedUnchanged() throws IOException {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "not a database, just some notes\n".repeat(100));
        StoreException refusal = assertRefusedUnchanged(file);
        assertTrue(refusal.getMessage().contains("is not a Dateline database"), refusal.getMessage());
    }

    @Test
    void aSqliteFileOfAnotherApplicationIsRefusedUnchanged() throws IOException, SQLException {
        Path file = dir.resolve("other.db");
        try (Connection raw = CorpusStore.connect(file); Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA application_id = 1234");
            statement.execute("CREATE TABLE things (name TEXT)");
        }
        StoreException refusal = assertRefusedUnchanged(file);
        assertTrue(refusal.getMessage().contains("is not a Dateline database"), refusal.getMessage());
    }

    @Test
    void aNonEmptySqliteFileWithoutOurIdIsRefusedUnchanged() throws IOException, SQLException {
        Path file = dir.resolve("plain.db");
        try (Connection raw = CorpusStore.connect(file); Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE articles (id TEXT PRIMARY KEY)");
        }
        assertRefusedUnchanged(file);
    }

    @Test
    void aNewerSchemaVersionIsRefusedUnchanged() throws IOException, SQLException {
        Path file = dir.resolve("future.db");
        CorpusStore.open(file).close();
        try (Connection raw = CorpusStore.connect(file); Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        StoreException refusal = assertRefusedUnchanged(file);
        assertTrue(refusal.getMessage().contains("newer"), refusal.getMessage());
    }

    @Test
    void aVersionTwoFileIsMigratedWithItsRowsIntactAndItsDerivedTablesFilled() throws SQLException {
        Path file = dir.resolve("v2.db");
        AnalyzedArticle kharkiv = Records.shelling("Kharkiv", 49.99, 36.23, "We will rebuild every school", 3);
        String id = kharkiv.article().id();
        try (Connection raw = CorpusStore.connect(file); Statement statement = raw.createStatement()) {
            Migrations.migrate(raw, 0, 2);
            // the rows version 2's writer made: no story, no event record
            try (PreparedStatement insert = raw.prepareStatement("INSERT INTO articles"
                    + " (id, date, title, source, text, record, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                bind(insert, id, "2024-03-03", "Shelling", "Reuters", kharkiv.article().text(),
                        RecordJson.write(kharkiv), "1970-01-01T00:00:00Z");
                insert.executeUpdate();
            }
            try (PreparedStatement insert = raw.prepareStatement("INSERT INTO events (article_id, id, code, type,"
                    + " lat, lon, date_from, on_or_before, counts, background, confidence, span_start, span_end)"
                    + " VALUES (?, 'ev1', '195', 'Explosions/Remote violence', 49.99, 36.23, '2024-03-03', 0, '[]',"
                    + " 0, 0.8, 0, 10)")) {
                bind(insert, id);
                insert.executeUpdate();
            }
            assertEquals(2, Migrations.intPragma(raw, "user_version"));
        }
        try (CorpusStore store = CorpusStore.open(file)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertTrue(store.contains(id));
            assertEquals(1, store.eventsWithin(49, 51, 36, 37, 10).size());
            assertEquals(List.of(id), store.searchArticles("school", 10));
            assertEquals(kharkiv, store.article(id).orElseThrow());
            assertEquals(new CorpusStore.Refresh(1, 1), store.refresh());
            assertEquals(1, store.storyCount());
        }
        try (Connection raw = CorpusStore.connect(file)) {
            assertEquals("Shelling", query(raw, "SELECT json_extract(record, '$.trigger') FROM events"));
            assertEquals(id + "#ev1", query(raw, "SELECT cluster_id FROM events"));
            assertEquals(id, query(raw, "SELECT story_id FROM articles"));
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    @Test
    void migrationScriptsSplitIntoWholeStatements() {
        List<String> statements = Migrations.statements("V1__corpus.sql");
        assertTrue(statements.stream().allMatch(s -> s.endsWith(";")), statements::toString);
        assertTrue(statements.stream().filter(s -> s.startsWith("CREATE TRIGGER"))
                .allMatch(s -> s.endsWith("END;")), statements::toString);
        assertEquals(List.of("CREATE INDEX places_geoname_id ON places(geoname_id);"),
                Migrations.statements("V2__place_geonames.sql"));
    }

    @Test
    void storesOpenedTogetherOnANewFileMigrateItOnce() throws Exception {
        Path file = dir.resolve("shared.db");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> versions = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                versions.add(pool.submit(() -> {
                    try (CorpusStore store = CorpusStore.open(file)) {
                        return store.schemaVersion();
                    }
                }));
            }
            for (Future<Integer> version : versions) {
                assertEquals(Migrations.LATEST, version.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static StoreException assertRefusedUnchanged(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        List<Path> siblings = listing(file.getParent());
        StoreException refusal = assertThrows(StoreException.class, () -> CorpusStore.open(file));
        assertTrue(refusal.getMessage().contains(file.toString()), refusal.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertEquals(siblings, listing(file.getParent()));
        return refusal;
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
