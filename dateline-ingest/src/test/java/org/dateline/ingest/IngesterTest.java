package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.readers.ReadOptions;
import org.dateline.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    @TempDir
    Path dir;

    /** A JSONL file of {@code n} distinct articles over a few days; every third starts with "Farmers". */
    static Path articles(Path dir, int n) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String who = i % 3 == 0 ? "Farmers" : "Students" + i;
            lines.add("{\"date\": \"2024-05-0" + (1 + i % 5) + "\", \"source\": \"Outlet " + (i % 4)
                    + "\", \"title\": \"Report " + i + "\", \"text\": \"" + who + " marched in the capital on"
                    + " day " + i + " of the protests, organisers said, asking for lower prices.\"}");
        }
        Path file = dir.resolve("articles.jsonl");
        Files.write(file, lines);
        return file;
    }

    private IngestResult ingest(CorpusStore store, List<Path> files, List<String> problems) {
        return new Ingester(() -> TestAnalyzers.oneEventEach(0), 2, store, 5)
                .run(files, ReadOptions.defaults(), p -> { }, problems::add);
    }

    @Test
    void everyArticleIsStoredOnceAndARerunSkipsThemAll() throws IOException {
        Path input = articles(dir, 23);
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"))) {
            IngestResult first = ingest(store, List.of(input), new ArrayList<>());
            assertEquals(23, first.progress().stored());
            assertEquals(23, first.articles());
            assertEquals(23, first.events());
            IngestResult second = ingest(store, List.of(input), new ArrayList<>());
            assertEquals(0, second.progress().stored());
            assertEquals(23, second.progress().skipped());
            assertEquals(23, store.articleCount());
        }
    }

    @Test
    void badInputIsReportedByFileAndTheRestIsStored() throws IOException {
        Path input = articles(dir, 6);
        Files.writeString(input, Files.readString(input) + "{\"date\": \"2024-05-01\", \"text\": \n");
        Path missing = dir.resolve("missing.jsonl");
        List<String> problems = new ArrayList<>();
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"))) {
            IngestResult r = ingest(store, List.of(input, missing), problems);
            assertEquals(6, r.progress().stored());
            assertEquals(2, r.progress().failed());
            assertEquals(r.progress().total(), r.progress().done(), "the bad line and the missing file count too");
            assertEquals(8, r.progress().total());
        }
        assertTrue(problems.get(0).contains("articles.jsonl"), problems::toString);
        assertTrue(problems.get(1).contains("missing.jsonl"), problems::toString);
    }

    @Test
    void theSameTextTwiceInTheInputsIsStoredOnce() throws IOException {
        Path input = articles(dir, 4);
        Path copy = Files.copy(input, dir.resolve("copy.jsonl"));
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"))) {
            IngestResult r = ingest(store, List.of(input, copy), new ArrayList<>());
            assertEquals(4, r.progress().stored());
            assertEquals(4, r.progress().skipped());
            assertEquals(8, r.progress().total());
        }
    }

    @Test
    void reportsOfOneEventAcrossArticlesAreMergedAtTheEnd() throws IOException {
        Path input = articles(dir, 12);
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"))) {
            IngestResult r = ingest(store, List.of(input), new ArrayList<>());
            // "Farmers" on days 1, 2, 4, 5 (i = 0, 6, 3, 9): a day's date has a day of slack either side, so day 2
            // joins day 1's event and day 5 joins day 4's, but day 4 is too far from day 1; the eight student events
            // each have their own actor
            assertEquals(12, r.events());
            assertEquals(10, r.mergedEvents());
        }
    }
}
