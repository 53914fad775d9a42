package org.dateline.store;

import java.util.List;
import java.util.Objects;

/**
 * Where a stored article stands in the corpus: its story and the merged event each of its events belongs to.
 *
 * @param articleId the article
 * @param storyId   the story it belongs to, or null before a refresh
 * @param events    its events in id order, each with its merged event
 */
public record ArticleLinks(String articleId, String storyId, List<EventLink> events) {
    public ArticleLinks {
        Objects.requireNonNull(articleId, "articleId");
        events = List.copyOf(events);
    }

    /** An event of the article ({@code Event.id()}) and the merged event it reports, or null before a refresh. */
    public record EventLink(String eventId, String mergedEventId) {
    }
}
