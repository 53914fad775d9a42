package org.dateline.feeds;

import org.dateline.model.AnalyzedArticle;

/** What a {@link Watcher} tells as it goes; called from the watcher's threads. */
public interface WatchListener {
    /** A new article was stored from an item of a source. */
    void stored(Source source, String item, AnalyzedArticle record);

    /** Something failed: one line naming the source, the item when there is one, and the reason. */
    void problem(String line);

    /** A pass over all sources ended. */
    default void passed(Watcher.Pass pass) {
    }
}
