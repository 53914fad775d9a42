package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dateline.model.Distance;
import org.sqlite.Function;

/**
 * The read queries over merged events and their reports; each runs prepared statements only. Registers the SQL
 * function {@link #KM} on its connection.
 */
final class QueryReader {
    /** {@code dateline_km(lat1, lon1, lat2, lon2)}: {@link Distance#km}; NULL when a coordinate is NULL. */
    static final String KM = "dateline_km";
    private static final String REPORTS = "SELECT e.article_id, e.id, a.story_id, a.date, a.source, a.title, a.url,"
            + " e.code, e.type, e.subtype, e.actor1_name, e.actor1_category, e.actor1_country,"
            + " e.actor2_name, e.actor2_category, e.actor2_country, e.place_name, e.lat, e.lon,"
            + " e.date_from, e.date_to, e.fatalities, e.assertor_name, e.assertor_kind, e.status, e.modality,"
            + " e.background, e.confidence, e.span_start, e.span_end, a.text, a.dateline"
            + " FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ?"
            + " ORDER BY a.date, e.article_id, e.id";
    private final Connection connection;
    private final EventPlanner planner;

    QueryReader(Connection connection) {
        this.connection = connection;
        this.planner = new EventPlanner(connection);
        try {
            Function.create(connection, KM, new Kilometres(), 4, Function.FLAG_DETERMINISTIC);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot register the SQL function " + KM + ": " + e.getMessage(), e);
        }
    }

    List<MergedEvent> events(EventFilter filter) throws SQLException {
        List<MergedEvent> events = new ArrayList<>();
        each(filter, events::add);
        return events;
    }

    /** Hands the events to {@code sink} one at a time, as they are read. */
    void each(EventFilter filter, Consumer<MergedEvent> sink) throws SQLException {
        Optional<EventPlan> plan = planner.planPage(filter);
        if (plan.isEmpty()) {
            return;
        }
        EventQuery query = EventQuery.of(filter, plan.get());
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            query.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(MergedEventRows.read(rows));
                }
            }
        }
    }

    /** The merged event with this id, or empty. */
    Optional<MergedEvent> event(String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + MergedEventRows.COLUMNS
                + " FROM event_clusters c WHERE c.id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(MergedEventRows.read(rows)) : Optional.empty();
            }
        }
    }

    /** The steps of SQLite's plan for the filter's query ({@code EXPLAIN QUERY PLAN}), to check index use. */
    List<String> plan(EventFilter filter) throws SQLException {
        Optional<EventPlan> plan = planner.planPage(filter);
        if (plan.isEmpty()) {
            return List.of("NOTHING TO READ");
        }
        EventQuery query = EventQuery.of(filter, plan.get());
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN QUERY PLAN " + query.sql())) {
            query.bind(statement);
            List<String> steps = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    steps.add(rows.getString(4));
                }
            }
            return steps;
        }
    }

    /** Hands the events, each with its reports, to {@code sink} one at a time. */
    void eachWithReports(EventFilter filter, Consumer<EventWithReports> sink) throws SQLException {
        try (PreparedStatement reports = connection.prepareStatement(REPORTS)) {
            SQLException[] failure = new SQLException[1];
            each(filter, event -> {
                if (failure[0] == null) {
                    try {
                        sink.accept(new EventWithReports(event, reports(reports, event.id())));
                    } catch (SQLException e) {
                        failure[0] = e;
                    }
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    List<StoredReport> reports(String clusterId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REPORTS)) {
            return reports(statement, clusterId);
        }
    }

    private static List<StoredReport> reports(PreparedStatement statement, String clusterId) throws SQLException {
        statement.setString(1, clusterId);
        List<StoredReport> reports = new ArrayList<>();
        try (ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                reports.add(new StoredReport(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                        r.getString(10), MergedEventRows.actor(r.getString(11), r.getString(12), r.getString(13)),
                        MergedEventRows.actor(r.getString(14), r.getString(15), r.getString(16)), r.getString(17),
                        MergedEventRows.real(r, 18), MergedEventRows.real(r, 19), r.getString(20), r.getString(21),
                        MergedEventRows.real(r, 22), r.getString(23), r.getString(24), r.getString(25),
                        r.getString(26), r.getInt(27) != 0, r.getDouble(28),
                        span(r.getString(31), r.getInt(29), r.getInt(30)),
                        Headlines.of(r.getString(6), r.getString(32), lead(r.getString(31)))));
            }
        }
        return reports;
    }

    /** The start of an article's text, as much as a headline reads. */
    private static String lead(String text) {
        return text == null || text.length() <= Headlines.LEAD_CHARS ? text : text.substring(0, Headlines.LEAD_CHARS);
    }

    /** The text between UTF-16 offsets, or null when they do not fit it. */
    private static String span(String text, int start, int end) {
        return text != null && 0 <= start && start <= end && end <= text.length() ? text.substring(start, end) : null;
    }

    /** The haversine distance as an SQL function. */
    private static final class Kilometres extends Function {
        @Override
        protected void xFunc() throws SQLException {
            for (int i = 0; i < 4; i++) {
                if (value_type(i) == SQLITE_NULL) {
                    result();
                    return;
                }
            }
            result(Distance.km(value_double(0), value_double(1), value_double(2), value_double(3)));
        }

        /** SQLite's fundamental datatype code of NULL. */
        private static final int SQLITE_NULL = 5;
    }
}
