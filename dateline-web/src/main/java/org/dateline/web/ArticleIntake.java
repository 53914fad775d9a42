package org.dateline.web;

import java.util.List;
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
 */
public final class ArticleIntake {
    private final CorpusStore store;
    private final Once<Analyzer> analyzer;
    private volatile AnalyzerStatus status = new AnalyzerStatus(AnalyzerStatus.State.IDLE, null, null);

    /**
     * @param store     the corpus
     * @param analyzers makes the analyzer; called once (again only after a failure)
     */
    public ArticleIntake(CorpusStore store, Supplier<Analyzer> analyzers) {
        this.store = Objects.requireNonNull(store, "store");
        Objects.requireNonNull(analyzers, "analyzers");
        this.analyzer = new Once<>(() -> load(analyzers));
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
