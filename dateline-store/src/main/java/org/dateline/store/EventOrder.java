package org.dateline.store;

import java.util.Arrays;
import java.util.Locale;

/** The order of a list of merged events; ties go newest first, and then by key. */
public enum EventOrder {
    /** By first day, earliest first (the store's own order, and the default). */
    OLDEST,
    /** By first day, latest first: a feed. */
    NEWEST,
    /** Most fatalities first (events with no figure last). */
    FATALITIES,
    /** Most independent sources first. */
    SOURCES;

    /** The order named {@code name}, in any case ("newest"); an unknown name is an error that lists the choices. */
    public static EventOrder of(String name) {
        for (EventOrder o : values()) {
            if (o.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown order '" + name + "'; one of " + Arrays.stream(values())
                .map(o -> o.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** The SQL ORDER BY terms over {@code event_clusters c}, with {@code key} the date-ordered key. */
    String sql(String key) {
        return switch (this) {
            case OLDEST -> key;
            case NEWEST -> key + " DESC";
            case FATALITIES -> "COALESCE(c.fatalities, -1) DESC, " + key + " DESC";
            case SOURCES -> "c.independent_sources DESC, " + key + " DESC";
        };
    }
}
