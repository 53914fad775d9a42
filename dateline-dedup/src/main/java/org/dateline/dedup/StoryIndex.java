package org.dateline.dedup;

import java.util.List;
import java.util.Optional;

/**
 * The articles already assigned to stories, looked up by id and by LSH band. A database table keyed by (band index,
 * band key) can implement it; {@link InMemoryStoryIndex} is the in-memory one.
 */
public interface StoryIndex {
    /** The article with this id, if it was indexed. */
    Optional<IndexedArticle> find(String articleId);

    /** The indexed articles that have this band, in any order. */
    List<IndexedArticle> withBand(Band band);

    /** Indexes an article under each of its fingerprint's bands. */
    void add(IndexedArticle article);
}
