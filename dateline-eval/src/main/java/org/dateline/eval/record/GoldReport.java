package org.dateline.eval.record;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One annotated article of a realnews-style set.
 *
 * @param file      the article's file
 * @param places    the scored place names (the {@code skip} ones left out)
 * @param countries the ISO codes of every country the annotation places a name in: the countries the article names
 */
public record GoldReport(Path file, List<GoldEvent> events, List<GoldQuote> quotes, List<GoldPlace> places,
                         Set<String> countries) {
    public GoldReport {
        Objects.requireNonNull(file, "file");
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
        countries = Set.copyOf(countries);
    }

    public String name() {
        return file.getFileName().toString();
    }

    /** Whether the annotator coded no event in it (an article not about conflict). */
    public boolean eventless() {
        return events.isEmpty();
    }
}
