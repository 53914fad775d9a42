package org.dateline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dateline.dedup.EventCluster;

/** Reads {@link MergedEvent}s from rows that select {@link #COLUMNS} of {@code event_clusters c}. */
final class MergedEventRows {
    static final String COLUMNS = "c.cluster_key, c.id, c.code, c.type, c.subtype,"
            + " c.actor1_name, c.actor1_category, c.actor1_country, c.actor2_name, c.actor2_category, c.actor2_country,"
            + " c.place_name, c.lat, c.lon, c.geo_precision, c.country, c.country_name, c.admin1, c.admin2,"
            + " c.date_value, c.date_from, c.date_to, c.time_precision, c.fatalities, c.modality, c.background,"
            + " c.verification, c.status, c.independent_sources, c.report_count, c.outlets, c.assertors,"
            + " c.earliest_article, c.earliest_published, c.evidence";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private MergedEventRows() {
    }

    static MergedEvent read(ResultSet r) throws SQLException {
        String id = r.getString(2);
        return new MergedEvent(r.getLong(1), id, r.getString(3), r.getString(4), r.getString(5),
                actor(r.getString(6), r.getString(7), r.getString(8)),
                actor(r.getString(9), r.getString(10), r.getString(11)),
                location(r), new MergedEvent.Dates(r.getString(20), r.getString(21), r.getString(22), integer(r, 23)),
                real(r, 24), r.getString(25), r.getInt(26) != 0,
                value(MergedEvent.Verification.class, r.getString(27), id),
                value(EventCluster.Status.class, r.getString(28), id), r.getInt(29), r.getInt(30),
                strings(r.getString(31), id), strings(r.getString(32), id), r.getString(33), r.getString(34),
                r.getString(35));
    }

    static MergedEvent.Actor actor(String name, String category, String country) {
        return name == null && category == null && country == null ? null
                : new MergedEvent.Actor(name, category, country);
    }

    private static MergedEvent.Location location(ResultSet r) throws SQLException {
        MergedEvent.Location l = new MergedEvent.Location(r.getString(12), real(r, 13), real(r, 14), integer(r, 15),
                r.getString(16), r.getString(17), r.getString(18), r.getString(19));
        return l.equals(new MergedEvent.Location(null, null, null, null, null, null, null, null)) ? null : l;
    }

    static Double real(ResultSet r, int column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? null : value;
    }

    static Integer integer(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name, String id) throws SQLException {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SQLException("merged event " + id + " has " + type.getSimpleName().toLowerCase(Locale.ROOT)
                    + " '" + name + "', not one of " + List.of(type.getEnumConstants()), e);
        }
    }

    private static List<String> strings(String json, String id) throws SQLException {
        try {
            List<String> list = JSON.readValue(json, STRINGS);
            return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SQLException("merged event " + id + " has a malformed JSON array: " + json, e);
        }
    }
}
