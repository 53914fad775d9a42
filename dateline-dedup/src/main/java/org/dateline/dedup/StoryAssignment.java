package org.dateline.dedup;

import java.io.Serializable;
import java.util.Objects;

/**
 * The story an article belongs to.
 *
 * @param articleId the article
 * @param storyId   the story: the id of its first article
 */
public record StoryAssignment(String articleId, String storyId) implements Serializable {
    public StoryAssignment {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
    }
}
