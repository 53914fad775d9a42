package org.dateline.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.dateline.store.ArticleLinks;

/**
 * A stored article: its whole analysis record as dateline/1 JSON (as {@code dateline analyze} writes it, read back
 * as a tree), its story, and the merged event each of its events belongs to.
 */
record ArticleView(JsonNode record, String storyId, List<ArticleLinks.EventLink> events) {
    ArticleView {
        events = List.copyOf(events);
    }
}
