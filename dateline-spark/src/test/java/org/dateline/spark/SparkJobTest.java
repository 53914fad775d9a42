package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dateline.analysis.Json;
import org.dateline.corenlp.CoreNlpConfig;
import org.dateline.ingest.Ingester;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Event;
import org.dateline.model.EventModality;
import org.dateline.readers.ReadOptions;
import org.dateline.store.CorpusStore;
import org.dateline.store.EventFilter;
import org.dateline.store.MergedEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark local mode against the embedded pipeline: same records, same events, same merged events; bad
 * records in the errors table; and the tables back into a store through import-parquet.
 */
class SparkJobTest {
    private static final int SAMPLE = 40;
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = Sessions.local("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The installation's gazetteer when it has been built (./dateline does), else none: both sides use the same. */
    private static String gazetteer() {
        Path index = Path.of("..", "data", "gazetteer.db").toAbsolutePath().normalize();
        return Files.isRegularFile(index) ? index.toString() : null;
    }

    private static JobOptions options(List<Path> inputs, Path output) {
        return new JobOptions(inputs.stream().map(p -> p.toUri().toString()).toList(), output.toUri().toString(), 3,
                gazetteer(), CoreNlpConfig.NerModels.FAST, null, null, ReadOptions.DEFAULT_MAX_CHARS, false);
    }

    @Test
    void theJobsEventsAreTheEmbeddedPipelinesOnAReutersSample() throws IOException {
        Path corpus = SharedPaths.reuters();
        assumeTrue(Files.isDirectory(corpus), "needs ../shared/data/corpus/reuters21578 (the Reuters-21578 SGML"
                + " files); skipped: the Spark job is compared with the embedded pipeline on real articles only");
        Path sample = ScalingBench.sample(List.of(corpus.resolve("reut2-003.sgm")), SAMPLE, ReadOptions.defaults(),
                dir.resolve("in/reuters-sample.jsonl"));
        Path output = dir.resolve("out");
        JobOptions options = options(List.of(sample), output);
        DatelineJob.Summary summary = DatelineJob.run(spark, options);

        try (CorpusStore embedded = CorpusStore.open(dir.resolve("embedded.db"))) {
            new Ingester(() -> ExecutorModels.analyzer(options), 2, embedded, Ingester.DEFAULT_BATCH)
                    .run(List.of(sample), options.readOptions(), p -> { }, p -> { });
            assertEquals(SAMPLE, embedded.articleCount());
            assertEquals(SAMPLE, summary.articles());

            Map<String, List<String>> jobEvents = new TreeMap<>();
            for (Row r : table(output, Tables.EVENTS).select("article_id", "event_id", "record")
                    .orderBy("article_id", "event_id").collectAsList()) {
                jobEvents.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(2));
            }
            Map<String, List<String>> embeddedEvents = new TreeMap<>();
            for (Row r : table(output, Tables.ARTICLES).select("article_id").collectAsList()) {
                AnalyzedArticle record = embedded.article(r.getString(0)).orElseThrow();
                List<String> events = record.events().stream().sorted(Comparator.comparing(Event::id))
                        .map(Json::writePart).toList();
                if (!events.isEmpty()) {
                    embeddedEvents.put(r.getString(0), events);
                }
            }
            assertFalse(embeddedEvents.isEmpty(), "the sample has events");
            assertEquals(embeddedEvents, jobEvents);
            assertEquals(summary.events(), embedded.eventCount());
            assertEquals(merged(embedded), jobMerged(output));
            assertEquals(embedded.storyCount(), summary.stories());

            try (CorpusStore imported = CorpusStore.open(dir.resolve("imported.db"))) {
                ParquetImport.Result result = ParquetImport.run(spark, output.toUri().toString(), imported, 7);
                assertEquals(SAMPLE, result.imported());
                assertEquals(merged(embedded), merged(imported));
                ParquetImport.Result again = ParquetImport.run(spark, output.toUri().toString(), imported, 7);
                assertEquals(0, again.imported());
                assertEquals(SAMPLE, again.alreadyStored());
            }
        }
    }

    @Test
    void badRecordsGoToTheErrorsTableAndTheRestIsAnalysed() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path seed = Files.copy(Path.of("..", "samples", "harbor-town.txt"), in.resolve("harbor-town.txt"));
        Files.copy(seed, Files.createDirectories(in.resolve("copies")).resolve("harbor-town-again.txt"));
        Files.copy(seed, in.resolve(".hidden.txt"));
        Files.writeString(in.resolve("feed.jsonl"), String.join("\n",
                "{\"date\": \"2024-03-12\", \"text\": \"Rebels attacked a police post in the north of the"
                        + " country on Monday, killing three officers, the army said.\"}",
                "{not json",
                "{\"date\": \"yesterday\", \"text\": \"Rebels attacked the town.\"}"), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("notes.md"), "not an input format");
        Path output = dir.resolve("out");
        DatelineJob.Summary summary = DatelineJob.run(spark, options(List.of(in, dir.resolve("missing")), output));

        assertEquals(3, summary.files(), "a folder gives its files that have a reader, hidden ones left out");
        assertEquals(2, summary.articles());
        assertEquals(1, summary.repeats(), "the copy of the text file is one article");
        Map<String, String> errors = new TreeMap<>();
        for (Row r : table(output, Tables.ERRORS).collectAsList()) {
            String file = Path.of(r.getString(0).replaceFirst("^file:/*", "/")).getFileName().toString();
            errors.put(file + (r.isNullAt(1) ? "" : " " + r.getString(1)), r.getString(2) + ": " + r.getString(3));
        }
        assertEquals(List.of("feed.jsonl line 2", "feed.jsonl line 3", "missing"), List.copyOf(errors.keySet()));
        assertTrue(errors.get("feed.jsonl line 2").startsWith("read: not JSON"), errors.toString());
        assertTrue(errors.get("feed.jsonl line 3").contains("\"yesterday\""), errors.toString());
        assertEquals("read: no such file or folder", errors.get("missing"));
        for (String name : DatelineJob.TABLES) {
            assertTrue(Files.isDirectory(output.resolve(name)), name);
        }
        assertTrue(Files.isDirectory(output.resolve(Tables.EVENTS).resolve("date=2024-03-12")));
        assertEquals(summary.mergedEvents(), table(output, Tables.MERGED_EVENTS).count());
        assertTrue(summary.mergedEvents() > 0);

        IllegalArgumentException exists = assertThrows(IllegalArgumentException.class,
                () -> DatelineJob.run(spark, options(List.of(in), output)));
        assertTrue(exists.getMessage().contains("--overwrite"), exists.getMessage());
    }

    private static Dataset<Row> table(Path output, String name) {
        return spark.read().parquet(output.resolve(name).toString());
    }

    /** Each merged event: its status, independent sources and report keys. */
    private static Map<String, String> merged(CorpusStore store) {
        Map<String, String> out = new TreeMap<>();
        for (MergedEvent e : store.events(EventFilter.all().withBackground(true)
                .withModalities(EnumSet.allOf(EventModality.class)).withPage(EventFilter.UNLIMITED, 0))) {
            List<String> keys = store.reports(e.id()).stream().map(r -> r.articleId() + "#" + r.eventId()).sorted()
                    .toList();
            out.put(e.id(), e.status() + " " + e.independentSources() + " " + keys);
        }
        return out;
    }

    private static Map<String, String> jobMerged(Path output) {
        Map<String, String> out = new TreeMap<>();
        for (Row r : table(output, Tables.MERGED_EVENTS).collectAsList()) {
            List<String> keys = r.<String>getList(r.fieldIndex("report_keys")).stream().sorted().toList();
            out.put(r.getString(0), r.getString(r.fieldIndex("status")) + " "
                    + r.getInt(r.fieldIndex("independent_sources")) + " " + keys);
        }
        return out;
    }
}
