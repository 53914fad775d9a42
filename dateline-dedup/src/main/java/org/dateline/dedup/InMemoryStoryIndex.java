package org.dateline.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link StoryIndex} held in memory; not thread-safe. */
public final class InMemoryStoryIndex implements StoryIndex {
    private final Map<String, IndexedArticle> byId = new HashMap<>();
    private final Map<Band, List<IndexedArticle>> byBand = new HashMap<>();

    @Override
    public Optional<IndexedArticle> find(String articleId) {
        return Optional.ofNullable(byId.get(articleId));
    }

    @Override
    public List<IndexedArticle> withBand(Band band) {
        return List.copyOf(byBand.getOrDefault(band, List.of()));
    }

    @Override
    public void add(IndexedArticle article) {
        String id = article.article().articleId();
        if (byId.putIfAbsent(id, article) != null) {
            throw new IllegalArgumentException("article " + id + " is already indexed");
        }
        for (Band band : article.article().fingerprint().bands()) {
            byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(article);
        }
    }

    /** Forgets an indexed article (a {@link WindowedStoryIndex} forgets the old ones). */
    void remove(IndexedArticle article) {
        if (byId.remove(article.article().articleId()) == null) {
            return;
        }
        for (Band band : article.article().fingerprint().bands()) {
            List<IndexedArticle> list = byBand.get(band);
            list.remove(article);
            if (list.isEmpty()) {
                byBand.remove(band);
            }
        }
    }

    /** How many articles the index holds. */
    public int size() {
        return byId.size();
    }
}
