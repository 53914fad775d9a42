package org.dateline.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dateline.analysis.Analyzer;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.readers.ArticleSink;
import org.dateline.readers.ReadOptions;
import org.dateline.readers.ReadProblem;
import org.dateline.readers.Readers;
import org.dateline.store.CorpusStore;

/**
 * Analyses the articles of many files and stores them, resumably: an article the store already has (same content
 * hash) is skipped before analysis, and records are committed in batches, each in one transaction, so a killed run
 * loses at most the batch in flight and a re-run completes the rest without duplicates. At the end the store's merged
 * events are recomputed ({@link CorpusStore#refresh()}).
 */
public final class Ingester {
    /** Records committed per transaction. */
    public static final int DEFAULT_BATCH = 64;
    /** The longest a record waits for its batch to fill before it is committed anyway. */
    private static final long MAX_BATCH_AGE_NANOS = Duration.ofSeconds(10).toNanos();
    private final BatchAnalyzer analyzer;
    private final CorpusStore store;
    private final int batchSize;

    public Ingester(Supplier<Analyzer> analyzerFactory, int threads, CorpusStore store, int batchSize) {
        this.analyzer = new BatchAnalyzer(analyzerFactory, threads);
        this.store = Objects.requireNonNull(store, "store");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /**
     * How many articles the files hold, plus the inputs that cannot be read (each will be reported once by the
     * ingest itself): what an ingest of them has to deal with. Reads the files without analysis.
     */
    public static long count(List<Path> files, ReadOptions options) {
        long[] n = new long[1];
        for (Path file : files) {
            Readers.read(file, options, new ArticleSink() {
                @Override
                public void article(Article article) {
                    n[0]++;
                }

                @Override
                public void problem(ReadProblem problem) {
                    n[0]++;
                }
            });
        }
        return n[0];
    }

    /**
     * Ingests the files. {@code progress} is told after every analysed article and every commit; {@code problems}
     * gets one line per failed input or article, naming the file.
     */
    public IngestResult run(List<Path> files, ReadOptions options, Consumer<IngestProgress> progress,
                            Consumer<String> problems) {
        long started = System.nanoTime();
        long total = count(files, options);
        Run run = new Run(total, started, progress);
        analyzer.run(files, options, run::skip, run::add, p -> run.problem(p, problems));
        run.commit();
        long mergeStart = System.nanoTime();
        store.refresh();
        Duration mergeTime = Duration.ofNanos(System.nanoTime() - mergeStart);
        IngestProgress end = run.progress();
        progress.accept(end);
        return new IngestResult(end, store.articleCount(), store.storyCount(), store.eventCount(),
                store.mergedEventCount(), mergeTime);
    }

    /** The counters and the open batch of one run; used on the calling thread only. */
    private final class Run {
        private final long total;
        private final long started;
        private final Consumer<IngestProgress> progress;
        private final List<AnalyzedArticle> batch = new ArrayList<>();
        private long batchStarted;
        private long stored;
        private long skipped;
        private long failed;

        Run(long total, long started, Consumer<IngestProgress> progress) {
            this.total = total;
            this.started = started;
            this.progress = progress;
        }

        boolean skip(Article article) {
            boolean known = store.contains(article.id());
            if (known) {
                skipped++;
            }
            return known;
        }

        void add(AnalyzedArticle record) {
            if (batch.isEmpty()) {
                batchStarted = System.nanoTime();
            }
            batch.add(record);
            if (batch.size() >= batchSize || System.nanoTime() - batchStarted > MAX_BATCH_AGE_NANOS) {
                commit();
            }
            progress.accept(progress());
        }

        void problem(String problem, Consumer<String> problems) {
            failed++;
            problems.accept(problem);
            progress.accept(progress());
        }

        void commit() {
            if (!batch.isEmpty()) {
                int added = store.put(batch);
                stored += added;
                skipped += batch.size() - added; // the same text twice in the inputs
                batch.clear();
            }
        }

        IngestProgress progress() {
            return new IngestProgress(total, stored, skipped, failed, batch.size(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
