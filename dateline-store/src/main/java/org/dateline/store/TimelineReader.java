package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counts the merged events a filter lets through by first day, with the events query's own restriction
 * ({@link EventQuery#days}), and bins them into a {@link Timeline}. The filter's page is ignored.
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
                while (rows.next()) {
                    LocalDate day = day(rows.getString(1));
                    if (day != null) {
                        days.add(new Timeline.Bin(day, rows.getLong(2)));
                    }
                }
            }
        }
        return Timeline.of(days);
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
