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
 * The analyzer is made on the first article (it loads models for seconds) and kept. Articles are taken one at a
 * time; the analysis runs without the store, so reads go on meanwhile, and only the put and the refresh wait for it.
 */
public final class ArticleIntake {
    private final CorpusStore store;
    private final Supplier<Analyzer> analyzer;

    /**
     * @param store     the corpus
     * @param analyzers makes the analyzer; called once, on the first article that is not stored yet
     */
    public ArticleIntake(CorpusStore store, Supplier<Analyzer> analyzers) {
        this.store = Objects.requireNonNull(store, "store");
        this.analyzer = new Once<>(Objects.requireNonNull(analyzers, "analyzers"));
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
