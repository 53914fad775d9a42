package org.dateline.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dateline.model.Distance;
import org.dateline.model.EventModality;

/**
 * The SELECT of the merged events an {@link EventFilter} asks for: which conditions the SQL has depends on which
 * filters are set, and every value is a bound parameter.
 *
 * <p>Pages are ordered by {@code cluster_key}, which {@code refresh()} numbers in the order of (date_from, id). So the
 * rowid order of the table, of {@code event_clusters_fts}, of the single-column indexes and of an IN-list of keys is
 * the date order, and whichever of them drives the query, reading stops when the page is full instead of sorting
 * every match. With an actor or text filter the FTS table drives (forced by CROSS JOIN: probing it row by row costs
 * tens of microseconds per row) unless another restriction is tiny ({@link EventPlan#ftsProbed()}); a date range
 * becomes a range of keys, which both the table and FTS5 seek to. Which restrictions use their index is the
 * {@link EventPlan}'s choice.
 *
 * <p>A circle is searched as its bounding box (in {@code event_clusters_rtree} when few events lie in it), then
 * checked exactly with the haversine distance ({@link QueryReader#KM}); coordinates are always rechecked against the
 * box, since the R*Tree stores 32-bit bounds.
 */
record EventQuery(String sql, List<Object> parameters) {
    /** How much the bounding box of a circle is widened against rounding: about 0.1 mm. */
    private static final double EPSILON_DEGREES = 1e-9;
    private static final String FIRST_KEY_FROM = "(SELECT cluster_key FROM event_clusters WHERE date_from >= ?"
            + " ORDER BY date_from, cluster_key LIMIT 1)";
    private static final String LAST_KEY_TO = "(SELECT cluster_key FROM event_clusters WHERE date_from <= ?"
            + " ORDER BY date_from DESC, cluster_key DESC LIMIT 1)";

    EventQuery {
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    /** The query of {@code f}'s page, read as {@code plan} says. */
    static EventQuery of(EventFilter f, EventPlan plan) {
        Restriction r = Restriction.of(f, plan);
        List<Object> values = new ArrayList<>(r.values());
        values.add(f.limit());
        values.add(f.offset());
        return new EventQuery("SELECT " + MergedEventRows.COLUMNS + r.fromWhere() + " ORDER BY "
                + f.order().sql(r.key()) + " LIMIT ? OFFSET ?", values);
    }

    /**
     * The query counting every event {@code f} lets through (its page ignored) by first day: rows of (date_from,
     * count), earliest first.
     */
    static EventQuery days(EventFilter f, EventPlan plan) {
        Restriction r = Restriction.of(f, plan);
        return new EventQuery("SELECT c.date_from, c.type, count(*)" + r.fromWhere() + " GROUP BY c.date_from, c.type"
                + " ORDER BY c.date_from", r.values());
    }

    /**
     * The query counting every event {@code f} lets through (its page ignored) by kind: rows of (code, type, subtype,
     * events, events with coordinates, earliest first day, latest first day).
     */
    static EventQuery kinds(EventFilter f, EventPlan plan) {
        Restriction r = Restriction.of(f, plan);
        return new EventQuery("SELECT c.code, min(c.type), min(c.subtype), count(*), count(c.lat), min(c.date_from),"
                + " max(c.date_from)" + r.fromWhere() + " GROUP BY c.code ORDER BY count(*) DESC, c.code",
                r.values());
    }

    /**
     * The query counting the events {@code f} lets through by the values of {@code grouped} (columns of
     * {@code event_clusters c}; rows whose first one is NULL are left out), with the aggregates {@code also} (such as
     * {@code min(c.country_name)}): rows of the grouped columns, the aggregates and the count, most frequent first,
     * at most {@code limit}.
     */
    static EventQuery facet(EventFilter f, EventPlan plan, List<String> grouped, List<String> also, int limit) {
        Restriction r = Restriction.of(f, plan);
        List<Object> values = new ArrayList<>(r.values());
        values.add(limit);
        String group = String.join(", ", grouped);
        List<String> selected = new ArrayList<>(grouped);
        selected.addAll(also);
        String where = r.fromWhere() + (r.where().isEmpty() ? " WHERE " : " AND ") + grouped.get(0) + " IS NOT NULL";
        return new EventQuery("SELECT " + String.join(", ", selected) + ", count(*)" + where + " GROUP BY " + group
                + " ORDER BY count(*) DESC, " + group + " LIMIT ?", values);
    }

    /**
     * The FROM and WHERE of the events a filter lets through, with their values, and the key whose order is the date
     * order.
     */
    private record Restriction(String from, List<String> where, List<Object> values, String key) {
        Restriction {
            where = List.copyOf(where);
            values = List.copyOf(values);
        }

        String fromWhere() {
            return " FROM " + from + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        }

        static Restriction of(EventFilter f, EventPlan plan) {
            List<String> where = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            String fts = fts(f);
            boolean ftsDrives = fts != null && !plan.ftsProbed();
            String key = ftsDrives ? "f.rowid" : "c.cluster_key";
            String from = "event_clusters c";
            if (ftsDrives) {
                from = "event_clusters_fts f CROSS JOIN event_clusters c";
                where.add("f.event_clusters_fts MATCH ?");
                where.add("c.cluster_key = f.rowid");
                values.add(fts);
            } else if (fts != null) {
                where.add("EXISTS (SELECT 1 FROM event_clusters_fts f WHERE f.event_clusters_fts MATCH ?"
                        + " AND f.rowid = c.cluster_key)");
                values.add(fts);
            }
            if (f.from() != null) {
                where.add(key + " >= " + FIRST_KEY_FROM);
                where.add("c.date_from >= ?");
                values.add(f.from().toString());
                values.add(f.from().toString());
            }
            if (f.to() != null) {
                where.add(key + " <= " + LAST_KEY_TO);
                where.add("c.date_from <= ?");
                values.add(f.to().toString());
                values.add(f.to().toString());
            }
            if (!plan.codes().isEmpty()) {
                String marks = String.join(", ", Collections.nCopies(plan.codes().size(), "?"));
                if (plan.codes().size() == 1) {
                    where.add("c.code = ?");
                } else if (plan.codesIndexed()) {
                    where.add("c.cluster_key IN (SELECT cluster_key FROM event_clusters WHERE code IN (" + marks
                            + "))");
                } else {
                    where.add("+c.code IN (" + marks + ")");
                }
                values.addAll(plan.codes());
            }
            EventFilter.Box b = plan.box();
            if (b != null) {
                if (plan.boxIndexed()) {
                    where.add("c.cluster_key IN (SELECT cluster_key FROM event_clusters_rtree"
                            + " WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?)");
                    values.addAll(List.of(b.minLat(), b.maxLat(), b.minLon(), b.maxLon()));
                }
                where.add("c.lat BETWEEN ? AND ? AND c.lon BETWEEN ? AND ?");
                values.addAll(List.of(b.minLat(), b.maxLat(), b.minLon(), b.maxLon()));
            }
            if (f.near() != null) {
                where.add(QueryReader.KM + "(c.lat, c.lon, ?, ?) <= ?");
                values.addAll(List.of(f.near().lat(), f.near().lon(), f.near().radiusKm()));
            }
            if (f.minSources() > 1) {
                where.add(plan.sourcesIndexed() ? "c.cluster_key IN (SELECT cluster_key FROM event_clusters"
                        + " WHERE independent_sources >= ?)" : "+c.independent_sources >= ?");
                values.add(f.minSources());
            }
            if (f.status() != null) {
                where.add("c.status = ?");
                values.add(f.status().name());
            }
            if (f.verification() != null) {
                where.add("c.verification = ?");
                values.add(f.verification().name());
            }
            if (!f.modalities().equals(Set.of(EventModality.values()))) {
                where.add("COALESCE(c.modality, 'ASSERTED') IN ("
                        + String.join(", ", Collections.nCopies(f.modalities().size(), "?")) + ")");
                f.modalities().stream().map(Enum::name).sorted().forEach(values::add);
            }
            if (!f.countries().isEmpty()) {
                where.add("c.country IN (" + String.join(", ", Collections.nCopies(f.countries().size(), "?")) + ")");
                values.addAll(f.countries());
            }
            if (f.admin1() != null) {
                where.add("c.admin1 = ? COLLATE NOCASE");
                values.add(f.admin1());
            }
            if (f.actor1() != null) {
                where.add("c.actor1_name LIKE ? ESCAPE '\\'");
                values.add(like(f.actor1()));
            }
            if (f.actor2() != null) {
                where.add("c.actor2_name LIKE ? ESCAPE '\\'");
                values.add(like(f.actor2()));
            }
            if (f.minFatalities() > 0) {
                where.add("c.fatalities >= ?");
                values.add(f.minFatalities());
            }
            if (!f.includeBackground()) {
                // planned, possible and negated events are background; when asked for, they are shown
                where.add("(c.background = 0 OR COALESCE(c.modality, 'ASSERTED') <> 'ASSERTED')");
            }
            return new Restriction(from, where, values, key);
        }
    }

    /** A LIKE pattern matching names that hold {@code words} (LIKE ignores the case of ASCII letters). */
    private static String like(String words) {
        return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** The FTS5 query of the actor and text filters, or null when neither is set. */
    private static String fts(EventFilter f) {
        String actor = f.actor() == null ? null : FtsQuery.phrase("actors", f.actor());
        String text = f.text() == null ? null : FtsQuery.allWords("text", f.text());
        if (actor != null && text != null) {
            return FtsQuery.and(actor, text);
        }
        return actor != null ? actor : text;
    }

    /**
     * The box around a circle (Matuschek's bounding coordinates): the latitude band, and the longitudes the circle
     * spans at its widest; all longitudes when it reaches a pole or crosses the antimeridian (the exact distance
     * check then does the work). Widened by a hair so that rounding never drops an event on the edge.
     */
    static EventFilter.Box bounds(EventFilter.Near n) {
        double radians = n.radiusKm() / Distance.EARTH_RADIUS_KM;
        double dLat = Math.toDegrees(radians) + EPSILON_DEGREES;
        double minLat = n.lat() - dLat;
        double maxLat = n.lat() + dLat;
        if (minLat <= -90 || maxLat >= 90) {
            return new EventFilter.Box(Math.max(-90, minLat), Math.min(90, maxLat), -180, 180);
        }
        double dLon = Math.toDegrees(Math.asin(Math.sin(radians) / Math.cos(Math.toRadians(n.lat()))))
                + EPSILON_DEGREES;
        if (n.lon() - dLon < -180 || n.lon() + dLon > 180) {
            return new EventFilter.Box(minLat, maxLat, -180, 180);
        }
        return new EventFilter.Box(minLat, maxLat, n.lon() - dLon, n.lon() + dLon);
    }
}
