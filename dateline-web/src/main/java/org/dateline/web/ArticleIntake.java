package org.dateline.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Objects;
import java.util.function.Supplier;
import org.dateline.analysis.Analyzer;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.store.CorpusStore;

/**
 * Analyses a posted article and stores it, then merges the corpus's events again ({@link CorpusStore#refresh()}).
 * The analyzer is made once (it loads models for tens of seconds): in the background from {@link #warmUp()}, which
 * the server calls at start, or else on the first article; {@link #status()} says where that is. Articles are taken
 * one at a time; the analysis runs without the store, so reads go on meanwhile, and only the put and the refresh
 * wait for it.
 * <p>
 * Posted articles are taken on a small pool of their own ({@link #later}): their bodies are read and analysed there,
 * never on the server's request threads, so slow uploads and long analyses cannot starve the queries.
 */
public final class ArticleIntake implements AutoCloseable {
    /** Threads that read and analyse posted articles: one reads a body while another analyses. */
    static final int WRITE_THREADS = 2;
    /** Posts waiting for a write thread at most; more are answered 503. */
    static final int WAITING = 32;
    /** The longest a post may wait and be analysed before the server gives up on it. */
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private final CorpusStore store;
    private final Once<Analyzer> analyzer;
    private final ThreadPoolExecutor writes;
    private volatile AnalyzerStatus status = new AnalyzerStatus(AnalyzerStatus.State.IDLE, null, null);

    /**
     * @param store     the corpus
     * @param analyzers makes the analyzer; called once (again only after a failure)
     */
    public ArticleIntake(CorpusStore store, Supplier<Analyzer> analyzers) {
        this.store = Objects.requireNonNull(store, "store");
        Objects.requireNonNull(analyzers, "analyzers");
        this.analyzer = new Once<>(() -> load(analyzers));
        AtomicInteger threads = new AtomicInteger();
        this.writes = new ThreadPoolExecutor(WRITE_THREADS, WRITE_THREADS, 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(WAITING), r -> {
                    Thread t = new Thread(r, "dateline-intake-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Runs {@code work} (reading a posted body, analysing and storing it) on the intake's own threads; the future
     * fails with a 503 when {@value #WAITING} posts are waiting already.
     */
    CompletableFuture<Void> later(Runnable work) {
        try {
            return CompletableFuture.runAsync(work, writes);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new ApiException(503, "too many articles are waiting to be"
                    + " analysed; try again in a minute"));
        }
    }

    /** Stops the intake's threads; a post in progress finishes. */
    @Override
    public void close() {
        writes.shutdown();
    }

    /** Makes the analyzer, keeping its status; a failure is kept and thrown. */
    private Analyzer load(Supplier<Analyzer> analyzers) {
        long t0 = System.nanoTime();
        status = new AnalyzerStatus(AnalyzerStatus.State.LOADING, null, null);
        try {
            Analyzer a = analyzers.get();
            status = new AnalyzerStatus(AnalyzerStatus.State.READY, (System.nanoTime() - t0) / 1_000_000, null);
            return a;
        } catch (RuntimeException | Error e) {
            status = new AnalyzerStatus(AnalyzerStatus.State.FAILED, (System.nanoTime() - t0) / 1_000_000,
                    String.valueOf(e.getMessage()));
            throw e;
        }
    }

    /** Starts loading the analyzer on a background thread; returns at once. */
    public void warmUp() {
        if (analyzer.made()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                analyzer.get();
            } catch (RuntimeException | Error e) {
                System.err.println("dateline: the analyzer could not be loaded (articles cannot be posted until it"
                        + " is; the next article tries again): " + e.getMessage());
            }
        }, "dateline-analyzer-warm-up");
        t.setDaemon(true);
        status = new AnalyzerStatus(AnalyzerStatus.State.LOADING, null, null);
        t.start();
    }

    /** Where the analyzer's loading is. */
    public AnalyzerStatus status() {
        return status;
    }

    /** Stores the article unless the corpus has it (same text). */
    public synchronized Submitted submit(Article article) {
        String id = article.id();
        if (store.contains(id)) {
            return new Submitted(id, false, store.article(id).map(a -> a.events().size()).orElse(0));
        }
        AnalyzedArticle record = analyzer.get().analyze(article);
        boolean stored = store.put(List.of(record)) > 0;
        if (stored) {
            store.refresh();
        }
        return new Submitted(id, stored, record.events().size());
    }
}
