package org.dateline.corenlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.readers.ArticleSink;
import org.dateline.readers.ReadOptions;
import org.dateline.readers.Readers;
import org.dateline.readers.SharedData;

/**
 * Real news for the tests that compare two ways of parsing: the seed report, the 45 real-news development
 * articles and the first stories of one Reuters-21578 file, all from {@code ../shared}. Empty when it is absent
 * ({@link #missing} says what is missing).
 */
final class NewsSamples {

    static final Path SEED = SharedData.path("seed/000_6ab924c5b57c0945.txt");
    static final Path REALNEWS = SharedData.path("data/realnews/dev/articles");
    static final Path REUTERS = SharedData.path("data/corpus/reuters21578/reut2-003.sgm");

    private NewsSamples() {
    }

    /** What is missing from ../shared, or null when all is there. */
    static String missing() {
        for (Path p : List.of(SEED, REALNEWS, REUTERS)) {
            if (!Files.exists(p)) {
                return "needs ../shared (not found: " + p + ")";
            }
        }
        return null;
    }

    /** The seed, the real-news articles and the first {@code reutersStories} Reuters stories. */
    static List<Article> load(int reutersStories) {
        List<Article> out = new ArrayList<>();
        for (Path p : Readers.expand(List.of(SEED.toString(), REALNEWS.toString()))) {
            Readers.read(p, ReadOptions.defaults(), ArticleSink.of(out::add, problem -> { }));
        }
        List<Article> reuters = new ArrayList<>();
        Readers.read(REUTERS, ReadOptions.defaults(), ArticleSink.of(reuters::add, problem -> { }));
        out.addAll(reuters.subList(0, Math.min(reutersStories, reuters.size())));
        return out;
    }
}
