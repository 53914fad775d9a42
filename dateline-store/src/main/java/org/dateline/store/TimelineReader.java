package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts the merged events a filter lets through by first day and event type, with the events query's own
 * restriction ({@link EventQuery#days}), and bins them into a {@link Timeline}. The filter's page is ignored.
 */
final class TimelineReader {
    private final Connection connection;
    private final EventPlanner planner;

    TimelineReader(Connection connection) {
        this.connection = connection;
        this.planner = new EventPlanner(connection);
    }

    Timeline timeline(EventFilter filter) throws SQLException {
        Optional<EventPlan> plan = planner.plan(filter);
        if (plan.isEmpty()) {
            return Timeline.of(List.of());
        }
        EventQuery query = EventQuery.days(filter, plan.get());
        List<Timeline.Bin> days = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            query.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                LocalDate current = null;
                Map<String, Long> types = new TreeMap<>();
                while (rows.next()) {
                    LocalDate day = day(rows.getString(1));
                    if (day == null) {
                        continue;
                    }
                    if (!day.equals(current)) {
                        add(days, current, types);
                        current = day;
                        types = new TreeMap<>();
                    }
                    String type = rows.getString(2);
                    types.merge(type == null ? Timeline.NO_TYPE : type, rows.getLong(3), Long::sum);
                }
                add(days, current, types);
            }
        }
        return Timeline.of(days);
    }

    /** The day's bin, its count the sum of its types', unless there is no day yet. */
    private static void add(List<Timeline.Bin> days, LocalDate day, Map<String, Long> types) {
        if (day != null) {
            days.add(new Timeline.Bin(day, types.values().stream().mapToLong(Long::longValue).sum(), types));
        }
    }

    /** The day of a stored date_from (yyyy-mm-dd), or null for one that is not a date (never written so). */
    private static LocalDate day(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
