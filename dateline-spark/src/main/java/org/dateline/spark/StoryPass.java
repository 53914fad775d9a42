package org.dateline.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.dateline.dedup.ArticleFingerprint;
import org.dateline.dedup.StoryAssignment;
import org.dateline.dedup.StoryClusterer;
import org.dateline.dedup.WindowedStoryIndex;

/**
 * Assigns articles to stories with the embedded store's {@link StoryClusterer}, in one pass over the fingerprints
 * sorted by publication date: one day at a time, over a {@link WindowedStoryIndex} that holds the last week only. The
 * stories are those the store gives the same articles ingested in date order.
 */
final class StoryPass implements FlatMapFunction<Iterator<ArticleFingerprint>, StoryAssignment> {

    @Override
    public Iterator<StoryAssignment> call(Iterator<ArticleFingerprint> sorted) {
        StoryClusterer clusterer = new StoryClusterer();
        WindowedStoryIndex index = new WindowedStoryIndex();
        return new Iterator<>() {
            private final List<ArticleFingerprint> day = new ArrayList<>();
            private Iterator<StoryAssignment> assigned = List.<StoryAssignment>of().iterator();
            private ArticleFingerprint next;

            @Override
            public boolean hasNext() {
                while (!assigned.hasNext() && (next != null || sorted.hasNext())) {
                    assigned = clusterer.assign(nextDay(), index).iterator();
                }
                return assigned.hasNext();
            }

            @Override
            public StoryAssignment next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return assigned.next();
            }

            /** The fingerprints of the next publication date. */
            private List<ArticleFingerprint> nextDay() {
                day.clear();
                ArticleFingerprint first = next != null ? next : sorted.next();
                next = null;
                LocalDate date = first.published();
                day.add(first);
                while (sorted.hasNext()) {
                    ArticleFingerprint f = sorted.next();
                    if (!f.published().equals(date)) {
                        next = f;
                        break;
                    }
                    day.add(f);
                }
                return List.copyOf(day);
            }
        };
    }
}
