package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What a store says and does when its file is empty, damaged, or its disk full: the true cause, nothing written. */
class StoreTroubleTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsRefusedForQueriesAndStaysEmpty() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.db"));
        StoreException e = assertThrows(StoreException.class, () -> CorpusStore.openForQueries(file));
        assertEquals(StoreException.Kind.NO_CORPUS, e.kind());
        assertTrue(e.getMessage().contains("is empty (0 bytes)"), e.getMessage());
        assertEquals(0, Files.size(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aMissingFileIsNeverCreatedForQueries() {
        Path file = dir.resolve("missing.db");
        StoreException e = assertThrows(StoreException.class, () -> CorpusStore.openForQueries(file));
        assertEquals(StoreException.Kind.NO_CORPUS, e.kind());
        assertFalse(Files.exists(file));
    }

    @Test
    void aDamagedPageIsFoundByTheCheckAndWritesAreRefused() throws IOException {
        Path file = corpus(12);
        damage(file);
        byte[] damaged = Files.readAllBytes(file);
        IntegrityReport report = CorpusStore.check(file);
        assertFalse(report.ok());
        assertFalse(report.problems().isEmpty());
        assertTrue(report.recovery().stream().anyMatch(line -> line.contains(".recover")), report.recovery()::toString);
        StoreException refusal = assertThrows(StoreException.class, () -> CorpusStore.open(file));
        assertEquals(StoreException.Kind.CORRUPT, refusal.kind(), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("dateline check --db " + file), refusal.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(file));
    }

    @Test
    void aSoundCorpusPassesTheCheck() {
        Path file = corpus(3);
        IntegrityReport report = CorpusStore.check(file);
        assertTrue(report.ok(), report.problems()::toString);
        assertEquals(Migrations.LATEST, report.schemaVersion());
    }

    @Test
    void aFullDiskIsReportedAsSuchNotAsANonActiveTransaction() throws SQLException {
        Path file = dir.resolve("full.db");
        CorpusStore.open(file).close();
        try (Connection raw = CorpusStore.connect(file); Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE filler (x BLOB)");
            statement.execute("PRAGMA max_page_count = " + Migrations.intPragma(raw, "page_count"));
            SQLException e = assertThrows(SQLException.class, () -> Transaction.run(raw, () -> {
                try (Statement s = raw.createStatement()) {
                    s.execute("INSERT INTO filler VALUES (zeroblob(1000000))");
                }
                return null;
            }));
            StoreException said = SqliteFailures.of(file, "store a batch of 1 articles", e);
            assertEquals(StoreException.Kind.DISK_FULL, said.kind(), said.getMessage());
            assertTrue(said.getMessage().startsWith("the disk holding " + file + " is full"), said.getMessage());
        }
    }

    @Test
    void sqliteCodesNameTheirCause() {
        Path file = dir.resolve("x.db");
        assertEquals(StoreException.Kind.READ_ONLY, SqliteFailures.of(file, "store",
                new SQLiteException("attempt to write a readonly database", SQLiteErrorCode.SQLITE_READONLY_DIRECTORY))
                .kind());
        assertEquals(StoreException.Kind.CORRUPT, SqliteFailures.of(file, "read",
                new SQLiteException("database disk image is malformed", SQLiteErrorCode.SQLITE_CORRUPT)).kind());
        assertEquals(StoreException.Kind.NOT_OURS, SqliteFailures.of(file, "read",
                new SQLiteException("file is not a database", SQLiteErrorCode.SQLITE_NOTADB)).kind());
        SQLException rollback = new SQLException("cannot commit - no transaction is active");
        rollback.addSuppressed(new SQLiteException("database or disk is full", SQLiteErrorCode.SQLITE_FULL));
        assertEquals(StoreException.Kind.DISK_FULL, SqliteFailures.of(file, "store", rollback).kind());
    }

    @Test
    void aStoreOpenedForQueriesOnAWritableFileReadsAsBefore() {
        Path file = corpus(2);
        try (CorpusStore store = CorpusStore.openForQueries(file)) {
            assertFalse(store.readOnly());
            assertEquals(2, store.articleCount());
        }
    }

    /** A corpus of {@code n} articles, closed (its WAL checkpointed into the file). */
    private Path corpus(int n) {
        Path file = dir.resolve("corpus.db");
        List<AnalyzedArticle> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(Records.shelling("City" + i, 40 + i * 0.1, 30 + i * 0.1, "We will rebuild school " + i, 2 + i));
        }
        try (CorpusStore store = CorpusStore.open(file)) {
            store.put(batch);
            store.refresh();
        }
        return file;
    }

    /** Overwrites 8 bytes at the start of a page in the middle of the file: its b-tree page header. */
    private static void damage(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            int pageSize = 4096;
            long pages = f.length() / pageSize;
            f.seek(pageSize * (pages / 2));
            f.write(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 1, 2, 3, 4});
        }
    }

    private List<Path> listing() throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
