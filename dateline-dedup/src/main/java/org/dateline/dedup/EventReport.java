package org.dateline.dedup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.dateline.model.Event;

/**
 * One article's report of an event.
 *
 * @param articleId the article
 * @param storyId   the story the article belongs to (see {@link StoryClusterer}): copies of one story are one source
 * @param outlet    the outlet that published it
 * @param published the article's publication date
 * @param event     the event as extracted from the article; its id must be set
 */
public record EventReport(String articleId, String storyId, String outlet, LocalDate published, Event event) {
    /**
     * Earliest first: by publication date, then article id, then where the event's evidence starts in the article
     * (its first mention), then event key.
     */
    static final Comparator<EventReport> EARLIEST = Comparator.comparing(EventReport::published)
            .thenComparing(EventReport::articleId).thenComparingInt(r -> r.event().start())
            .thenComparing(EventReport::key);

    public EventReport {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(event.id(), "event.id");
    }

    /** The event's first day as the report gives it (ISO), or the publication date when it gives none. */
    public String dateFrom() {
        return event.date().from() != null ? event.date().from() : published.toString();
    }

    /** The event's last day as the report gives it (ISO), or {@link #dateFrom()} when it gives none. */
    public String dateTo() {
        return event.date().to() != null ? event.date().to() : dateFrom();
    }

    /** The event's key across articles: {@code articleId + "#" + event id}. */
    public String key() {
        return articleId + "#" + event.id();
    }
}
