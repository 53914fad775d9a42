package org.dateline.store;

import java.util.List;
import java.util.Objects;

/**
 * What a filter selects, in numbers, and what each of its own choices would select (facets): the totals count the
 * events the whole filter lets through; each facet counts them under the filter without that facet's own choice, so
 * that a list of choices never shrinks to the one chosen (the kinds without the filter's types, the countries
 * without its countries and area, the areas without its area, each side's actors without that side's actor).
 *
 * @param events    merged events the filter lets through (its page ignored)
 * @param located   those with coordinates
 * @param firstDate the earliest first day among them, yyyy-mm-dd, or null when there are none
 * @param lastDate  the latest, or null
 * @param kinds     events per kind, most frequent first
 * @param countries events per country, most frequent first
 * @param areas     events per first-level area, most frequent first
 * @param actors1   events per acting party, most frequent first
 * @param actors2   events per party acted on, most frequent first
 */
public record EventSummary(long events, long located, String firstDate, String lastDate,
                           List<CorpusStats.KindCount> kinds, List<CountryCount> countries, List<AreaCount> areas,
                           List<ActorCount> actors1, List<ActorCount> actors2) {
    public EventSummary {
        kinds = List.copyOf(kinds);
        countries = List.copyOf(countries);
        areas = List.copyOf(areas);
        actors1 = List.copyOf(actors1);
        actors2 = List.copyOf(actors2);
        if (located > events || located < 0) {
            throw new IllegalArgumentException("located must be in [0, events], got " + located + " of " + events);
        }
    }

    /** Events in one country: its ISO 3166-1 alpha-2 code and name (null when unknown). */
    public record CountryCount(String code, String name, long count) {
        public CountryCount {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Events in one first-level area: its country's code (null when unknown) and its name. */
    public record AreaCount(String country, String name, long count) {
        public AreaCount {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Events of one party. */
    public record ActorCount(String name, long count) {
        public ActorCount {
            Objects.requireNonNull(name, "name");
        }
    }
}
