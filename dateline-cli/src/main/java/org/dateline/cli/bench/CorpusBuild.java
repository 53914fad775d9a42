package org.dateline.cli.bench;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.dateline.store.CorpusStore;

/**
 * Writes a synthetic corpus through the store's public API, as an ingest does: {@link CorpusStore#put} in batches
 * (one transaction each, stories assigned), then one {@link CorpusStore#refresh()} that merges every event report.
 * Times the record generation, the puts and the refresh apart.
 */
public final class CorpusBuild {
    /** Articles per {@link CorpusStore#put}, as an ingest batches them. */
    public static final int BATCH = 500;

    private CorpusBuild() {
    }

    /** Told how the build goes; calls come from the building thread. */
    public interface Listener {
        /** After each stored batch: articles and events stored so far, seconds since the start. */
        void stored(int articles, long events, double seconds);

        /** Before the refresh, which reports nothing until it ends. */
        void refreshing();
    }

    /**
     * What a build did and how long it took.
     *
     * @param generateSeconds time spent making the records
     * @param putSeconds      time spent in {@link CorpusStore#put}
     * @param refreshSeconds  time spent in {@link CorpusStore#refresh()}
     */
    public record Result(int articles, long events, double generateSeconds, double putSeconds, double refreshSeconds,
                         CorpusStore.Refresh refresh) {
        public double articlesPerSecond() {
            return articles / putSeconds;
        }
    }

    public static Result write(SyntheticCorpus corpus, CorpusStore store, int batchSize, Listener listener) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        long start = System.nanoTime();
        long generating = 0;
        long putting = 0;
        int articles = 0;
        long events = 0;
        while (corpus.hasNext()) {
            long t0 = System.nanoTime();
            List<AnalyzedArticle> batch = new ArrayList<>(batchSize);
            while (corpus.hasNext() && batch.size() < batchSize) {
                batch.add(corpus.next());
            }
            long t1 = System.nanoTime();
            articles += store.put(batch);
            long t2 = System.nanoTime();
            generating += t1 - t0;
            putting += t2 - t1;
            events += batch.stream().mapToInt(a -> a.events().size()).sum();
            listener.stored(articles, events, (t2 - start) / 1e9);
        }
        listener.refreshing();
        long r0 = System.nanoTime();
        CorpusStore.Refresh refresh = store.refresh();
        double refreshSeconds = (System.nanoTime() - r0) / 1e9;
        return new Result(articles, events, generating / 1e9, putting / 1e9, refreshSeconds, refresh);
    }
}
