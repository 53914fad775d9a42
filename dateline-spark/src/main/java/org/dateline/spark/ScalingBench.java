package org.dateline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.dateline.analysis.Analyzer;
import org.dateline.analysis.Json;
import org.dateline.corenlp.CoreNlpConfig;
import org.dateline.ingest.IngestResult;
import org.dateline.ingest.Ingester;
import org.dateline.model.Article;
import org.dateline.readers.ArticleSink;
import org.dateline.readers.ReadOptions;
import org.dateline.readers.Readers;
import org.dateline.store.CorpusStore;

/**
 * Times the Spark job in local mode on one and on two cores against the single-JVM ingest, on the same articles and
 * with the same, already loaded models: the scaling of the job, and what Spark costs over the embedded pipeline.
 */
public final class ScalingBench {

    /**
     * One timed run.
     *
     * @param name     what ran
     * @param articles articles analysed
     * @param elapsed  wall time, from reading the sample to the merged events written
     */
    public record Run(String name, long articles, Duration elapsed) {
        public double perSecond() {
            return articles / (elapsed.toNanos() / 1e9);
        }
    }

    /** Articles analysed before timing, so that the JIT has compiled the analysis' hot paths for every run. */
    private static final int WARM_UP_ARTICLES = 30;

    private ScalingBench() {
    }

    /**
     * Writes the first {@code limit} distinct articles of the inputs to one JSONL file under {@code work}, warms the
     * models up, then times: the embedded ingest on {@code cores} threads, and the job on local[1] and local[cores].
     *
     * @param gazetteer the gazetteer index, or null to leave places unresolved
     */
    public static List<Run> run(List<Path> inputs, int limit, int cores, String gazetteer, Path work)
            throws IOException {
        Path sample = sample(inputs, limit, ReadOptions.defaults(), work.resolve("sample.jsonl"));
        JobOptions options = new JobOptions(List.of(sample.toUri().toString()), work.resolve("out").toUri()
                .toString(), 0, gazetteer, CoreNlpConfig.NerModels.FAST, null, null, ReadOptions.DEFAULT_MAX_CHARS,
                true);
        Analyzer analyzer = ExecutorModels.analyzer(options);
        warmUp(analyzer, sample, options.readOptions());
        List<Run> runs = new ArrayList<>();
        Path db = work.resolve("ingest.db");
        Files.deleteIfExists(db);
        long start = System.nanoTime();
        try (CorpusStore store = CorpusStore.open(db)) {
            IngestResult r = new Ingester(() -> analyzer, cores, store, Ingester.DEFAULT_BATCH)
                    .run(List.of(sample), options.readOptions(), p -> { }, p -> { });
            runs.add(new Run("single-JVM ingest, " + cores + " threads", r.progress().stored(),
                    Duration.ofNanos(System.nanoTime() - start)));
        }
        for (String master : new String[] {"local[1]", "local[" + cores + "]"}) {
            SparkSession spark = Sessions.local(master);
            try {
                DatelineJob.Summary s = DatelineJob.run(spark, options);
                runs.add(new Run("Spark job, " + master, s.articles(), s.elapsed()));
            } finally {
                spark.stop();
            }
        }
        return runs;
    }

    /** The first {@code limit} distinct articles of the inputs, as one JSONL file the readers read back the same. */
    static Path sample(List<Path> inputs, int limit, ReadOptions options, Path file) throws IOException {
        Map<String, Article> articles = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (articles.size() >= limit) {
                break;
            }
            Readers.read(input, options, ArticleSink.of(a -> {
                if (articles.size() < limit) {
                    articles.putIfAbsent(a.id(), a);
                }
            }, p -> { }));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, articles.values().stream().map(Json::writePart).toList(), StandardCharsets.UTF_8);
        return file;
    }

    /** Runs the analysis over a few articles, so that neither side pays for the JIT's first minutes. */
    private static void warmUp(Analyzer analyzer, Path sample, ReadOptions options) {
        List<Article> first = new ArrayList<>();
        Readers.read(sample, options, ArticleSink.of(a -> {
            if (first.size() < WARM_UP_ARTICLES) {
                first.add(a);
            }
        }, p -> {
            throw new UncheckedIOException(new IOException("the sample cannot be read back: " + p));
        }));
        first.forEach(analyzer::analyze);
    }
}
