package org.dateline.dedup;

import java.io.Serializable;
import java.util.Objects;

/**
 * An article already assigned to a story, as a {@link StoryIndex} keeps it.
 *
 * @param article the article and its fingerprint
 * @param storyId the story it was assigned to
 */
public record IndexedArticle(ArticleFingerprint article, String storyId) implements Serializable {
    public IndexedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(storyId, "storyId");
    }
}
