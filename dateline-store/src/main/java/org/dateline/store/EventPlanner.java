package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the {@link EventPlan} of a filter by counting, through the indexes and only up to a cap, how many rows each
 * restriction lets through: a few milliseconds at most, where a wrong choice costs the sort of every match or a scan
 * of the table. SQLite cannot choose as well itself: it knows nothing of the R*Tree's or the FTS index's counts.
 */
final class EventPlanner {
    /** A restriction letting at most this many rows through is read through its index. */
    static final int INDEX_LIMIT = 20_000;
    /** With a restriction letting at most this many rows through, the FTS filter is probed per row. */
    static final int PROBE_LIMIT = 200;
    private final Connection connection;

    EventPlanner(Connection connection) {
        this.connection = connection;
    }

    /** The plan of {@code f} for reading all its rows (counts, the timeline), or empty when none can match. */
    Optional<EventPlan> plan(EventFilter f) throws SQLException {
        return plan(f, false);
    }

    /**
     * The plan of {@code f} for reading one page of it in its order, or empty when none can match. A map view holding
     * a large share of the events is not read through the R*Tree: in date order, a page of them comes after about
     * (offset + limit) × all / in-view rows, fewer than the view's own rows once those are more than the square root
     * of (offset + limit) × all (a world view, or a country's, of a large corpus).
     */
    Optional<EventPlan> planPage(EventFilter f) throws SQLException {
        return plan(f, true);
    }

    private Optional<EventPlan> plan(EventFilter f, boolean page) throws SQLException {
        int smallest = Integer.MAX_VALUE;
        List<String> codes = List.of();
        boolean codesIndexed = false;
        if (!f.types().isEmpty()) {
            codes = EventKinds.codes(connection, f.types());
            int n = codes.isEmpty() ? 0 : count("SELECT 1 FROM event_clusters WHERE code IN ("
                    + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")", codes.toArray());
            codesIndexed = n <= INDEX_LIMIT;
            smallest = Math.min(smallest, n);
        }
        EventFilter.Box box = box(f);
        boolean boxIndexed = false;
        if (f.near() != null || f.box() != null) {
            int cap = page ? pageCap(f) : INDEX_LIMIT;
            int n = box == null ? 0 : countUpTo("SELECT 1 FROM event_clusters_rtree"
                    + " WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?",
                    Math.max(cap, PROBE_LIMIT),
                    box.minLat(), box.maxLat(), box.minLon(), box.maxLon());
            boxIndexed = n <= cap;
            smallest = Math.min(smallest, n);
        }
        boolean sourcesIndexed = false;
        if (f.minSources() > 1) {
            int n = count("SELECT 1 FROM event_clusters WHERE independent_sources >= ?", f.minSources());
            sourcesIndexed = n <= INDEX_LIMIT;
            smallest = Math.min(smallest, n);
        }
        if (smallest == 0) {
            return Optional.empty();
        }
        return Optional.of(new EventPlan(codes, box, codesIndexed, boxIndexed, sourcesIndexed,
                smallest <= PROBE_LIMIT));
    }

    /**
     * The most rows of a view read through the R*Tree for a page of {@code f}: past the square root of
     * (offset + limit) × all rows, walking the events in date order finds the page sooner (counting stops there too).
     */
    private int pageCap(EventFilter f) throws SQLException {
        if (f.order() != EventOrder.OLDEST && f.order() != EventOrder.NEWEST) {
            return INDEX_LIMIT;
        }
        long rows;
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM event_clusters");
             ResultSet r = query.executeQuery()) {
            rows = r.next() ? r.getLong(1) : 0;
        }
        double walk = Math.ceil(Math.sqrt(((double) f.offset() + f.limit()) * rows));
        return (int) Math.max(1, Math.min(INDEX_LIMIT, walk));
    }

    /** The box the filter's circle and box leave, or null when they do not overlap (or neither is set). */
    private static EventFilter.Box box(EventFilter f) {
        EventFilter.Box b = f.near() == null ? f.box() : EventQuery.bounds(f.near());
        if (f.near() != null && f.box() != null) {
            EventFilter.Box other = f.box();
            double minLat = Math.max(b.minLat(), other.minLat());
            double maxLat = Math.min(b.maxLat(), other.maxLat());
            double minLon = Math.max(b.minLon(), other.minLon());
            double maxLon = Math.min(b.maxLon(), other.maxLon());
            return minLat <= maxLat && minLon <= maxLon ? new EventFilter.Box(minLat, maxLat, minLon, maxLon) : null;
        }
        return b;
    }

    /** How many rows {@code select} gives, counted up to {@link #INDEX_LIMIT} + 1. */
    private int count(String select, Object... values) throws SQLException {
        return countUpTo(select, INDEX_LIMIT, values);
    }

    /** How many rows {@code select} gives, counted up to {@code cap} + 1. */
    private int countUpTo(String select, int cap, Object... values) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM (" + select + " LIMIT " + (cap + 1) + ")")) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
