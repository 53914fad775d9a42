package org.dateline.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
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
 * loses at most the batches in flight and a re-run completes the rest without duplicates. Batches are written by one
 * writer thread while analysis goes on. At the end the store's merged events are recomputed
 * ({@link CorpusStore#refresh()}).
 */
public final class Ingester {
    /** Records committed per transaction. */
    public static final int DEFAULT_BATCH = 64;
    /** The longest a record waits for its batch to fill before it is committed anyway. */
    private static final long MAX_BATCH_AGE_NANOS = Duration.ofSeconds(10).toNanos();
    /** Batches handed to the writer and not yet committed, at most: memory stays bounded if writing is slower. */
    private static final int BATCHES_IN_FLIGHT = 2;
    /** Article ids looked up in the store at a time while taking the inventory. */
    private static final int LOOKUP_CHUNK = 5_000;
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
     * What the inputs hold, read without analysis.
     *
     * @param total  articles, plus the inputs that cannot be read (each reported once by the ingest itself)
     * @param stored the ids of the articles the store already has
     */
    record Inventory(long total, Set<String> stored) {
    }

    /** Reads the files once, counting what an ingest has to deal with and finding what is stored already. */
    Inventory inventory(List<Path> files, ReadOptions options) {
        long[] total = new long[1];
        Set<String> stored = new HashSet<>();
        List<String> chunk = new ArrayList<>();
        for (Path file : files) {
            Readers.read(file, options, new ArticleSink() {
                @Override
                public void article(Article article) {
                    total[0]++;
                    chunk.add(article.id());
                    if (chunk.size() == LOOKUP_CHUNK) {
                        stored.addAll(store.containing(chunk));
                        chunk.clear();
                    }
                }

                @Override
                public void problem(ReadProblem problem) {
                    total[0]++;
                }
            });
        }
        stored.addAll(store.containing(chunk));
        return new Inventory(total[0], stored);
    }

    /**
     * Ingests the files. {@code progress} is told after every analysed article and every problem; {@code problems}
     * gets one line per failed input or article, naming the file. Both are called on the calling thread.
     */
    public IngestResult run(List<Path> files, ReadOptions options, Consumer<IngestProgress> progress,
                            Consumer<String> problems) {
        long started = System.nanoTime();
        Inventory inventory = inventory(files, options);
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dateline-store-writer");
            t.setDaemon(true);
            return t;
        });
        Run run = new Run(inventory, started, progress, writer);
        try {
            analyzer.run(files, options, run::skip, run::add, p -> run.problem(p, problems));
            run.submit();
            run.drain(0);
        } finally {
            writer.shutdownNow();
        }
        long mergeStart = System.nanoTime();
        store.refresh();
        Duration mergeTime = Duration.ofNanos(System.nanoTime() - mergeStart);
        IngestProgress end = run.progress();
        progress.accept(end);
        return new IngestResult(end, store.articleCount(), store.storyCount(), store.eventCount(),
                store.mergedEventCount(), mergeTime);
    }

    /** The counters and the open batch of one run; the batch and the queue are used on the calling thread only. */
    private final class Run {
        private final Inventory inventory;
        private final long started;
        private final Consumer<IngestProgress> progress;
        private final ExecutorService writer;
        private final Deque<Future<?>> inFlight = new ArrayDeque<>();
        private List<AnalyzedArticle> batch = new ArrayList<>();
        private long batchStarted;
        private final AtomicLong stored = new AtomicLong();
        private final AtomicLong skipped = new AtomicLong();
        private final AtomicLong pending = new AtomicLong();
        private long failed;

        Run(Inventory inventory, long started, Consumer<IngestProgress> progress, ExecutorService writer) {
            this.inventory = inventory;
            this.started = started;
            this.progress = progress;
            this.writer = writer;
        }

        boolean skip(Article article) {
            boolean known = inventory.stored().contains(article.id());
            if (known) {
                skipped.incrementAndGet();
            }
            return known;
        }

        void add(AnalyzedArticle record) {
            if (batch.isEmpty()) {
                batchStarted = System.nanoTime();
            }
            batch.add(record);
            pending.incrementAndGet();
            if (batch.size() >= batchSize || System.nanoTime() - batchStarted > MAX_BATCH_AGE_NANOS) {
                submit();
            }
            progress.accept(progress());
        }

        void problem(String problem, Consumer<String> problems) {
            failed++;
            problems.accept(problem);
            progress.accept(progress());
        }

        /** Hands the open batch to the writer, first waiting while too many batches are in flight. */
        void submit() {
            if (batch.isEmpty()) {
                return;
            }
            drain(BATCHES_IN_FLIGHT - 1);
            List<AnalyzedArticle> full = batch;
            batch = new ArrayList<>();
            inFlight.add(writer.submit(() -> {
                int added = store.put(full);
                stored.addAndGet(added);
                skipped.addAndGet(full.size() - added); // the same text twice in the inputs
                pending.addAndGet(-full.size());
            }));
        }

        /** Waits until at most {@code left} batches are in flight; a failed write fails the run. */
        void drain(int left) {
            while (inFlight.size() > left) {
                try {
                    inFlight.poll().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while storing", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException("storing failed", e.getCause());
                }
            }
        }

        IngestProgress progress() {
            return new IngestProgress(inventory.total(), stored.get(), skipped.get(), failed, pending.get(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
