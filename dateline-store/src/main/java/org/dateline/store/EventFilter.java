package org.dateline.store;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.dedup.EventCluster;
import org.dateline.model.EventModality;

/**
 * Which merged events to read, and which page of them. Every filter that is set must hold (AND); null, empty or 0
 * means "any". Start from {@link #all()} and narrow with the {@code with...} methods, each of which returns a copy.
 *
 * @param types             event kinds: each is a Dateline code ("SHELLING"), an ACLED event type ("Battles") or a
 *                          sub-event type ("Peaceful protest"); an event matches when it is any of them
 * @param actor             words of a party's name, as a phrase: an actor or assertor of any of the event's reports
 *                          ("Zelensky", "Military Forces of Ukraine")
 * @param text              words that must all occur in the reports' sentences, in any order
 * @param near              a circle the event's coordinates must lie in
 * @param box               a box the event's coordinates must lie in
 * @param from              the event's first day is on or after this day
 * @param to                the event's first day is on or before this day
 * @param minSources        at least this many independent sources (0: any)
 * @param status            only events with this status
 * @param verification      only events with this verification
 * @param includeBackground whether events that are not new events of their articles (recalled, tallies, habits,
 *                          statements) are included
 * @param modalities        the modalities to include; empty means {@code ASSERTED} only, what happened. Planned,
 *                          possible and negated events are background of their articles, and are included when
 *                          their modality is asked for
 * @param limit             at most this many events ({@link #UNLIMITED} for all)
 * @param offset            skip this many events first
 */
public record EventFilter(List<String> types, String actor, String text, Near near, Box box, LocalDate from,
                          LocalDate to, int minSources, EventCluster.Status status,
                          MergedEvent.Verification verification, boolean includeBackground,
                          Set<EventModality> modalities, int limit, int offset) {
    /** The {@code limit} that returns every matching event. */
    public static final int UNLIMITED = Integer.MAX_VALUE;
    /** The page size of {@link #all()}. */
    public static final int DEFAULT_LIMIT = 50;

    public EventFilter {
        types = distinct(types);
        modalities = modalities == null || modalities.isEmpty() ? Set.of(EventModality.ASSERTED)
                : Set.copyOf(modalities);
        actor = blankToNull(actor, "actor");
        text = blankToNull(text, "text");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (minSources < 0) {
            throw new IllegalArgumentException("minSources must be 0 or more, got " + minSources);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
        }
    }

    /** Every event that happened except background ones, the first {@link #DEFAULT_LIMIT}. */
    public static EventFilter all() {
        return new EventFilter(List.of(), null, null, null, null, null, null, 0, null, null, false, Set.of(),
                DEFAULT_LIMIT, 0);
    }

    public EventFilter withTypes(List<String> kinds) {
        return new EventFilter(kinds, actor, text, near, box, from, to, minSources, status, verification,
                includeBackground, modalities, limit, offset);
    }

    public EventFilter withActor(String name) {
        return new EventFilter(types, name, text, near, box, from, to, minSources, status, verification,
                includeBackground, modalities, limit, offset);
    }

    public EventFilter withText(String words) {
        return new EventFilter(types, actor, words, near, box, from, to, minSources, status, verification,
                includeBackground, modalities, limit, offset);
    }

    public EventFilter withNear(Near circle) {
        return new EventFilter(types, actor, text, circle, box, from, to, minSources, status, verification,
                includeBackground, modalities, limit, offset);
    }

    public EventFilter withBox(Box bounds) {
        return new EventFilter(types, actor, text, near, bounds, from, to, minSources, status, verification,
                includeBackground, modalities, limit, offset);
    }

    /** Events whose first day lies in [{@code first}, {@code last}]; either may be null (open). */
    public EventFilter withDates(LocalDate first, LocalDate last) {
        return new EventFilter(types, actor, text, near, box, first, last, minSources, status, verification,
                includeBackground, modalities, limit, offset);
    }

    public EventFilter withMinSources(int sources) {
        return new EventFilter(types, actor, text, near, box, from, to, sources, status, verification,
                includeBackground, modalities, limit, offset);
    }

    public EventFilter withStatus(EventCluster.Status only) {
        return new EventFilter(types, actor, text, near, box, from, to, minSources, only, verification,
                includeBackground, modalities, limit, offset);
    }

    public EventFilter withVerification(MergedEvent.Verification only) {
        return new EventFilter(types, actor, text, near, box, from, to, minSources, status, only,
                includeBackground, modalities, limit, offset);
    }

    public EventFilter withBackground(boolean include) {
        return new EventFilter(types, actor, text, near, box, from, to, minSources, status, verification,
                include, modalities, limit, offset);
    }

    /** Events of these modalities (empty: {@code ASSERTED} only). */
    public EventFilter withModalities(Set<EventModality> only) {
        return new EventFilter(types, actor, text, near, box, from, to, minSources, status, verification,
                includeBackground, only, limit, offset);
    }

    /** The page of {@code size} events after the first {@code skip}. */
    public EventFilter withPage(int size, int skip) {
        return new EventFilter(types, actor, text, near, box, from, to, minSources, status, verification,
                includeBackground, modalities, size, skip);
    }

    /**
     * A circle on the Earth: events within {@code radiusKm} (great-circle distance, inclusive) of the centre.
     */
    public record Near(double lat, double lon, double radiusKm) {
        /** Half the Earth's circumference: a circle this wide covers everything. */
        public static final double MAX_RADIUS_KM = 20_037.5;

        public Near {
            requireLatLon(lat, lon);
            if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
                throw new IllegalArgumentException("radius must be more than 0 and at most " + MAX_RADIUS_KM
                        + " km, got " + radiusKm);
            }
        }
    }

    /** A box in degrees, bounds inclusive; one that crosses the antimeridian takes two queries. */
    public record Box(double minLat, double maxLat, double minLon, double maxLon) {
        public Box {
            requireLatLon(minLat, minLon);
            requireLatLon(maxLat, maxLon);
            if (!(minLat <= maxLat && minLon <= maxLon)) {
                throw new IllegalArgumentException("empty box: lat " + minLat + ".." + maxLat + ", lon " + minLon
                        + ".." + maxLon + " (a box across the antimeridian takes two queries)");
            }
        }
    }

    private static void requireLatLon(double lat, double lon) {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude must be in [-90, 90], got " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude must be in [-180, 180], got " + lon);
        }
    }

    private static List<String> distinct(List<String> kinds) {
        if (kinds == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String kind : kinds) {
            if (kind == null || kind.isBlank()) {
                throw new IllegalArgumentException("an event type must not be blank: " + kinds);
            }
            out.add(kind.strip());
        }
        return List.copyOf(out);
    }

    private static String blankToNull(String words, String what) {
        if (words == null || words.isBlank()) {
            return null;
        }
        if (!FtsQuery.hasWords(words)) {
            throw new IllegalArgumentException(what + " has no letters or digits to search for: '" + words + "'");
        }
        return words.strip();
    }
}
