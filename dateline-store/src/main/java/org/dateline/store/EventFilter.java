package org.dateline.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
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
 * @param countries         ISO 3166-1 alpha-2 codes of the event's country; any of them (empty: any)
 * @param admin1            the name of the event's first-level area, ignoring case, or null
 * @param actor1            words of the acting party's name (case ignored), or null
 * @param actor2            words of the name of the party acted on (case ignored), or null
 * @param minFatalities     at least this many fatalities (0: any, events without a figure included)
 * @param order             the order of the events
 * @param limit             at most this many events ({@link #UNLIMITED} for all)
 * @param offset            skip this many events first
 */
public record EventFilter(List<String> types, String actor, String text, Near near, Box box, LocalDate from,
                          LocalDate to, int minSources, EventCluster.Status status,
                          MergedEvent.Verification verification, boolean includeBackground,
                          Set<EventModality> modalities, Set<String> countries, String admin1, String actor1,
                          String actor2, int minFatalities, EventOrder order, int limit, int offset) {
    /** The {@code limit} that returns every matching event. */
    public static final int UNLIMITED = Integer.MAX_VALUE;
    /** The page size of {@link #all()}. */
    public static final int DEFAULT_LIMIT = 50;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public EventFilter {
        types = distinct(types);
        modalities = modalities == null || modalities.isEmpty() ? Set.of(EventModality.ASSERTED)
                : Set.copyOf(modalities);
        countries = countries(countries);
        actor = blankToNull(actor, "actor");
        text = blankToNull(text, "text");
        admin1 = blankToNull(admin1, "admin1");
        actor1 = blankToNull(actor1, "actor1");
        actor2 = blankToNull(actor2, "actor2");
        order = order == null ? EventOrder.OLDEST : order;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (minSources < 0) {
            throw new IllegalArgumentException("minSources must be 0 or more, got " + minSources);
        }
        if (minFatalities < 0) {
            throw new IllegalArgumentException("minFatalities must be 0 or more, got " + minFatalities);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
        }
    }

    /** Every event that happened except background ones, the first {@link #DEFAULT_LIMIT}, earliest first. */
    public static EventFilter all() {
        return new EventFilter(List.of(), null, null, null, null, null, null, 0, null, null, false, Set.of(),
                Set.of(), null, null, null, 0, EventOrder.OLDEST, DEFAULT_LIMIT, 0);
    }

    public EventFilter withTypes(List<String> kinds) {
        return copy(d -> d.types = kinds);
    }

    public EventFilter withActor(String name) {
        return copy(d -> d.actor = name);
    }

    public EventFilter withText(String words) {
        return copy(d -> d.text = words);
    }

    public EventFilter withNear(Near circle) {
        return copy(d -> d.near = circle);
    }

    public EventFilter withBox(Box bounds) {
        return copy(d -> d.box = bounds);
    }

    /** Events whose first day lies in [{@code first}, {@code last}]; either may be null (open). */
    public EventFilter withDates(LocalDate first, LocalDate last) {
        return copy(d -> {
            d.from = first;
            d.to = last;
        });
    }

    public EventFilter withMinSources(int sources) {
        return copy(d -> d.minSources = sources);
    }

    public EventFilter withStatus(EventCluster.Status only) {
        return copy(d -> d.status = only);
    }

    public EventFilter withVerification(MergedEvent.Verification only) {
        return copy(d -> d.verification = only);
    }

    public EventFilter withBackground(boolean include) {
        return copy(d -> d.includeBackground = include);
    }

    /** Events of these modalities (empty: {@code ASSERTED} only). */
    public EventFilter withModalities(Set<EventModality> only) {
        return copy(d -> d.modalities = only);
    }

    /** Events placed in any of these countries (ISO 3166-1 alpha-2, any case; empty: any). */
    public EventFilter withCountries(Set<String> codes) {
        return copy(d -> d.countries = codes);
    }

    /** Events placed in the first-level area of this name (case ignored; null: any). */
    public EventFilter withAdmin1(String name) {
        return copy(d -> d.admin1 = name);
    }

    /** Events whose acting party's name holds {@code first} and whose target's holds {@code second} (null: any). */
    public EventFilter withActors(String first, String second) {
        return copy(d -> {
            d.actor1 = first;
            d.actor2 = second;
        });
    }

    public EventFilter withMinFatalities(int fatalities) {
        return copy(d -> d.minFatalities = fatalities);
    }

    public EventFilter withOrder(EventOrder by) {
        return copy(d -> d.order = by);
    }

    /** The page of {@code size} events after the first {@code skip}. */
    public EventFilter withPage(int size, int skip) {
        return copy(d -> {
            d.limit = size;
            d.offset = skip;
        });
    }

    private EventFilter copy(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new EventFilter(d.types, d.actor, d.text, d.near, d.box, d.from, d.to, d.minSources, d.status,
                d.verification, d.includeBackground, d.modalities, d.countries, d.admin1, d.actor1, d.actor2,
                d.minFatalities, d.order, d.limit, d.offset);
    }

    /** A filter's fields while a copy is changed; validated when the copy is made. */
    private static final class Draft {
        List<String> types;
        String actor;
        String text;
        Near near;
        Box box;
        LocalDate from;
        LocalDate to;
        int minSources;
        EventCluster.Status status;
        MergedEvent.Verification verification;
        boolean includeBackground;
        Set<EventModality> modalities;
        Set<String> countries;
        String admin1;
        String actor1;
        String actor2;
        int minFatalities;
        EventOrder order;
        int limit;
        int offset;

        Draft(EventFilter f) {
            types = f.types;
            actor = f.actor;
            text = f.text;
            near = f.near;
            box = f.box;
            from = f.from;
            to = f.to;
            minSources = f.minSources;
            status = f.status;
            verification = f.verification;
            includeBackground = f.includeBackground;
            modalities = f.modalities;
            countries = f.countries;
            admin1 = f.admin1;
            actor1 = f.actor1;
            actor2 = f.actor2;
            minFatalities = f.minFatalities;
            order = f.order;
            limit = f.limit;
            offset = f.offset;
        }
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

    /** The country codes, upper-cased and sorted; each must be two letters. */
    private static Set<String> countries(Set<String> codes) {
        if (codes == null) {
            return Set.of();
        }
        Set<String> out = new TreeSet<>();
        for (String code : codes) {
            String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(c).matches()) {
                throw new IllegalArgumentException("a country is an ISO 3166-1 alpha-2 code such as UA, got '" + code
                        + "'");
            }
            out.add(c);
        }
        return Collections.unmodifiableSet(out);
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
