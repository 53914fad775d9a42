package org.dateline.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.AnalyzedArticle;

/**
 * A process that writes to a store until it is killed, for {@link StoreReliabilityTest}: {@code write FILE} stores
 * batches of five articles, printing "committed N" after each; {@code merge FILE} stores 300 articles, prints
 * "merging" and merges their events again and again.
 */
public final class WriterProcess {
    private WriterProcess() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        try (CorpusStore store = CorpusStore.open(file)) {
            if (args[0].equals("write")) {
                for (int batch = 0; ; batch++) {
                    store.put(batch(batch * 5, 5));
                    System.out.println("committed " + store.articleCount());
                    System.out.flush();
                }
            }
            store.put(batch(0, 300));
            System.out.println("merging");
            System.out.flush();
            for (;;) {
                store.refresh();
            }
        }
    }

    static List<AnalyzedArticle> batch(int first, int n) {
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (int i = first; i < first + n; i++) {
            articles.add(Records.shelling("Town" + i, 45 + (i % 90) * 0.1, 30 + (i % 70) * 0.1,
                    "We will rebuild school number " + i, 2 + i % 7));
        }
        return articles;
    }
}
