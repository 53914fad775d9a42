package org.dateline.feeds;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.analysis.Analyzer;
import org.dateline.model.AnalyzedArticle;
import org.dateline.store.CorpusStore;

/**
 * A watcher in a process of its own, for the kill test: {@code DB FEED N} watches FEED into DB with the test analyzer,
 * printing "stored ADDRESS" after each article it stores, and hangs in the analysis after N articles, to be killed.
 */
public final class WatchProcess {
    private WatchProcess() {
    }

    public static void main(String[] args) throws Exception {
        int hangAfter = Integer.parseInt(args[2]);
        AtomicInteger analysed = new AtomicInteger();
        Analyzer hanging = TestAnalyzer.clashes(() -> {
            if (analysed.incrementAndGet() > hangAfter) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try (CorpusStore store = CorpusStore.open(Path.of(args[0]));
             Watcher watcher = new Watcher(store, WatcherTest.fetcher(), () -> hanging, 1, new WatchListener() {
                 @Override
                 public void stored(Source source, String item, AnalyzedArticle record) {
                     System.out.println("stored " + item);
                     System.out.flush();
                 }

                 @Override
                 public void problem(String line) {
                     System.out.println("problem " + line);
                     System.out.flush();
                 }
             })) {
            watcher.pass(Sources.of(List.of(args[1]), System.out::println));
        }
    }
}
