package org.dateline.store;

import java.util.List;
import java.util.Objects;

/**
 * What the corpus holds on one person or organisation.
 *
 * @param name       the name as stored (the most frequent spelling among the matches)
 * @param type       its most frequent entity type (PERSON, ORGANIZATION ...), or null
 * @param otherNames other stored names that matched a partial name, most frequent first (to narrow the query)
 * @param articles   how many articles mention it
 * @param mentions   how many times they mention it
 * @param titles     the titles it was given, by the day first seen
 * @param quotes     the quotes it gave, newest first
 * @param events     the merged events in which it acts, is acted upon or asserts, newest first
 */
public record EntityProfile(String name, String type, List<String> otherNames, long articles, long mentions,
                            List<TitleSpan> titles, List<QuoteRow> quotes, List<MergedEvent> events) {
    public EntityProfile {
        Objects.requireNonNull(name, "name");
        otherNames = List.copyOf(otherNames);
        titles = List.copyOf(titles);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    /**
     * A title ("President", "governor of Luhansk") and the publication dates of the first and last articles that
     * give it, yyyy-mm-dd; titles differing only in case are one.
     */
    public record TitleSpan(String title, String firstSeen, String lastSeen, int articles) {
    }
}
