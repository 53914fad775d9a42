package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dateline.store.CorpusStore;
import org.dateline.store.SourceFetch;
import org.dateline.store.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** What `dateline watch` says before it fetches anything, and its sources' health. */
class WatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void sourcesThatNameNothingAreReportedEachOnALineAndNothingIsWatched() throws Exception {
        Path list = Files.writeString(dir.resolve("sources.txt"), "https://a.example/rss\nnot a source\n");
        Path db = dir.resolve("c.db");
        CliRun r = CliRun.of("watch", "--once", "--db", db.toString(), list.toString(), "gopher://b.example/");
        assertEquals(1, r.code());
        assertTrue(r.err().contains(list + " line 2: not a source is neither an http(s) address nor a folder"),
                r.err());
        assertTrue(r.err().contains("gopher://b.example/: no such file or folder, and not an http(s) address"),
                r.err());
        assertFalse(Files.exists(db), "nothing was opened");
        assertEquals(1, CliRun.of("watch", "--db", db.toString()).code(), "no source and no --status");
    }

    @Test
    void statusListsEachSourcesHealthAsJsonLinesOffATerminal() {
        Path db = dir.resolve("c.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            Instant t = Instant.parse("2026-12-01T10:00:00Z");
            store.recordFetch(new SourceFetch("https://a.example/rss", SourceKind.FEED, t, null, "\"v1\"", null, 3, 2,
                    1));
            store.recordFetch(new SourceFetch("https://a.example/rss", null, t.plusSeconds(900), "HTTP 503 (3 tries)",
                    null, null, 0, 0, 0));
        }
        CliRun r = CliRun.of("watch", "--status", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals(1, lines.size(), r.out());
        String line = lines.get(0);
        for (String field : List.of("\"address\":\"https://a.example/rss\"", "\"kind\":\"FEED\"", "\"fetches\":2",
                "\"errors\":1", "\"consecutiveErrors\":1", "\"lastError\":\"HTTP 503 (3 tries)\"",
                "\"articlesStored\":2", "\"itemErrors\":1", "\"etag\":\"\\\"v1\\\"\"",
                "\"lastSuccess\":\"2026-12-01T10:00:00Z\"")) {
            assertTrue(line.contains(field), field + " in " + line);
        }
    }

    @Test
    void durationsTakeAUnit() {
        DurationConverter c = new DurationConverter();
        assertEquals(Duration.ofMillis(500), c.convert("500ms"));
        assertEquals(Duration.ofMinutes(15), c.convert("15m"));
        assertEquals(Duration.ofHours(1), c.convert(" 1H "));
        assertThrows(TypeConversionException.class, () -> c.convert("15"));
        assertEquals("15m", DurationConverter.format(Duration.ofMinutes(15)));
        assertEquals("90s", DurationConverter.format(Duration.ofSeconds(90)));
    }
}
