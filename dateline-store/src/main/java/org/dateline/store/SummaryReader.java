package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@link EventSummary}s: the totals of a filter and its facets, each a GROUP BY over the events query's own
 * restriction ({@link EventQuery#kinds}, {@link EventQuery#facet}).
 */
final class SummaryReader {
    /** Countries, areas and actors listed at most. */
    static final int COUNTRIES = 100;
    static final int AREAS = 200;
    static final int ACTORS = 50;
    private final Connection connection;
    private final EventPlanner planner;

    SummaryReader(Connection connection) {
        this.connection = connection;
        this.planner = new EventPlanner(connection);
    }

    /** One row of a kinds query: (code, type, subtype, events, located, first day, last day). */
    private record KindRow(CorpusStats.KindCount kind, long located, String first, String last) {
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    EventSummary summary(EventFilter f) throws SQLException {
        long events = 0;
        long located = 0;
        String first = null;
        String last = null;
        for (KindRow row : kinds(f)) {
            events += row.kind().count();
            located += row.located();
            first = row.first() != null && (first == null || row.first().compareTo(first) < 0) ? row.first() : first;
            last = row.last() != null && (last == null || row.last().compareTo(last) > 0) ? row.last() : last;
        }
        List<CorpusStats.KindCount> kinds = kinds(f.withTypes(List.of())).stream().map(KindRow::kind).toList();
        List<EventSummary.CountryCount> countries = facet(f.withCountries(Set.of()).withAdmin1(null),
                List.of("c.country"), List.of("min(c.country_name)"), COUNTRIES,
                r -> new EventSummary.CountryCount(r.getString(1), r.getString(2), r.getLong(3)));
        List<EventSummary.AreaCount> areas = facet(f.withAdmin1(null), List.of("c.admin1", "c.country"), List.of(),
                AREAS, r -> new EventSummary.AreaCount(r.getString(2), r.getString(1), r.getLong(3)));
        return new EventSummary(events, located, first, last, kinds, countries, areas,
                actors(f.withActors(null, f.actor2()), "c.actor1_name"),
                actors(f.withActors(f.actor1(), null), "c.actor2_name"));
    }

    private List<KindRow> kinds(EventFilter f) throws SQLException {
        return rows(f, plan -> EventQuery.kinds(f, plan), r -> new KindRow(new CorpusStats.KindCount(r.getString(1),
                r.getString(2), r.getString(3), r.getLong(4)), r.getLong(5), r.getString(6), r.getString(7)));
    }

    private List<EventSummary.ActorCount> actors(EventFilter f, String column) throws SQLException {
        return facet(f, List.of(column), List.of(), ACTORS,
                r -> new EventSummary.ActorCount(r.getString(1), r.getLong(2)));
    }

    private <T> List<T> facet(EventFilter f, List<String> grouped, List<String> also, int limit, Row<T> row)
            throws SQLException {
        return rows(f, plan -> EventQuery.facet(f, plan, grouped, also, limit), row);
    }

    /** The rows of the query {@code queries} makes of the filter's plan; none when the plan reads nothing. */
    private <T> List<T> rows(EventFilter f, Function<EventPlan, EventQuery> queries, Row<T> row)
            throws SQLException {
        Optional<EventPlan> plan = planner.plan(f);
        if (plan.isEmpty()) {
            return List.of();
        }
        EventQuery query = queries.apply(plan.get());
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            query.bind(statement);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(row.read(r));
                }
            }
        }
        return rows;
    }
}
