package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline bench queries}, and {@code dateline bench} still asking for its articles. */
class QueryBenchCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aSyntheticCorpusIsMadeThenTimedThenReused() {
        Path db = dir.resolve("s.db");
        CliRun first = run("bench", "queries", "--db", db.toString(), "--synthetic", "200", "--runs", "2");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("synthetic corpus: 200 events in 50 articles"), first.out());
        assertTrue(first.out().contains("corpus: 50 articles, 200 events"), first.out());
        assertTrue(first.out().contains("worst p95 of filtered event queries"), first.out());
        assertTrue(first.out().contains("worst p95 of full-text searches"), first.out());
        CliRun second = run("bench", "queries", "--db", db.toString(), "--synthetic", "200", "--runs", "1");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("exists, reused (--synthetic ignored)"), second.out());
    }

    @Test
    void aMissingDatabaseWithoutSyntheticIsAnErrorAndIsNotCreated() {
        Path db = dir.resolve("none.db");
        CliRun r = run("bench", "queries", "--db", db.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("dateline: no database at"), r.err());
        assertFalse(Files.exists(db));
    }

    @Test
    void benchWithoutArticlesIsAUsageError() {
        CliRun r = run("bench");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Missing required parameter: 'PATH'"), r.err());
    }
}
