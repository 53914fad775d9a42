package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dateline.dedup.EventCluster;
import org.dateline.dedup.EventMergeConfig;
import org.dateline.dedup.EventMerger;
import org.dateline.dedup.EventReport;
import org.dateline.dedup.SameEventRule;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.Geo;

/**
 * Rewrites the merged events ({@code event_clusters}, its R*Tree and FTS tables, {@code events.cluster_id}) from all
 * stored event reports with {@link EventMerger}, in one transaction: a reader sees the old merge or the new one. The
 * whole corpus is merged each time, so the result does not depend on the order articles came in.
 */
final class EventClusterWriter {
    private static final String VERIFICATION_ORDER = "REPORTED CLAIMED NOT_VERIFIED";
    private final Connection connection;
    private final EventMerger merger;

    EventClusterWriter(Connection connection, EventMergeConfig config) {
        this.connection = connection;
        this.merger = new EventMerger(config);
    }

    /**
     * Merges all stored reports; returns how many merged events there are. Reports are read one type family at a
     * time (the rule never links two families), so memory holds the largest family's reports, not the corpus's.
     */
    int rewrite() throws SQLException {
        return Transaction.run(connection, () -> {
            try (Statement sql = connection.createStatement()) {
                sql.execute("DROP TABLE IF EXISTS temp.cluster_staging");
                sql.execute("CREATE TEMP TABLE cluster_staging AS SELECT * FROM main.event_clusters WHERE 0");
                sql.execute("ALTER TABLE temp.cluster_staging ADD COLUMN fts_actors TEXT");
                sql.execute("ALTER TABLE temp.cluster_staging ADD COLUMN fts_text TEXT");
            }
            try (Statement sql = connection.createStatement();
                 PreparedStatement stage = connection.prepareStatement("INSERT INTO temp.cluster_staging (" + COLUMNS
                         + ", fts_actors, fts_text) VALUES (" + "?, ".repeat(COLUMN_COUNT + 1) + "?)");
                 PreparedStatement link = connection.prepareStatement(
                         "UPDATE events SET cluster_id = ? WHERE event_key = ?")) {
                sql.execute("DELETE FROM event_clusters_fts");
                sql.execute("DELETE FROM event_clusters_rtree");
                sql.execute("DELETE FROM event_clusters");
                sql.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL");
                Output out = new Output(stage);
                forEachFamily(out);
                // keys in (date_from, id) order: the read queries page in key order without sorting
                sql.execute("INSERT INTO event_clusters (cluster_key, " + COLUMNS + ") SELECT row_number() OVER"
                        + " (ORDER BY date_from, id), " + COLUMNS
                        + " FROM temp.cluster_staging ORDER BY date_from, id");
                sql.execute("INSERT INTO event_clusters_fts (rowid, actors, text) SELECT c.cluster_key,"
                        + " s.fts_actors, s.fts_text FROM temp.cluster_staging s JOIN event_clusters c ON c.id = s.id");
                sql.execute("DROP TABLE temp.cluster_staging");
                for (Map.Entry<Long, String> l : out.links.entrySet()) {
                    link.setString(1, l.getValue());
                    link.setLong(2, l.getKey());
                    link.addBatch();
                }
                link.executeBatch();
                return out.count;
            }
        });
    }

    /** One stored event with what merging and the merged row need. */
    private record Report(long eventKey, EventReport report, String sentence) {
    }

    /** The staged merged rows, and each report's merged event, applied after the reports are read. */
    private static final class Output {
        final PreparedStatement stage;
        final Map<Long, String> links = new HashMap<>();
        int count;

        Output(PreparedStatement stage) {
            this.stage = stage;
        }
    }

    /**
     * Reads the reports ordered so that each type family is contiguous (by type, ignoring case, then code: see
     * {@link SameEventRule#family}) and merges and writes each family as it ends.
     */
    private void forEachFamily(Output out) throws SQLException {
        Set<String> done = new HashSet<>();
        List<Report> family = new ArrayList<>();
        String current = null;
        try (PreparedStatement query = connection.prepareStatement("SELECT e.event_key, e.article_id,"
                + " coalesce(a.story_id, a.id), coalesce(a.source, ''), a.date, e.record,"
                + " substr(a.text, e.span_start + 1, e.span_end - e.span_start)"
                + " FROM events e JOIN articles a ON a.id = e.article_id WHERE e.record IS NOT NULL"
                + " ORDER BY lower(e.type), e.code");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Event event = RecordJson.read(rows.getString(6), Event.class);
                Report r = new Report(rows.getLong(1), new EventReport(rows.getString(2), rows.getString(3),
                        rows.getString(4), LocalDate.parse(rows.getString(5)), event), rows.getString(7));
                String f = SameEventRule.family(event);
                if (!f.equals(current)) {
                    write(family, out);
                    family.clear();
                    if (!done.add(f)) {
                        throw new IllegalStateException("the reports of family " + f + " are not contiguous");
                    }
                    current = f;
                }
                family.add(r);
            }
        }
        write(family, out);
    }

    private void write(List<Report> family, Output out) throws SQLException {
        if (family.isEmpty()) {
            return;
        }
        Map<String, Report> byKey = new HashMap<>();
        family.forEach(r -> byKey.put(r.report().key(), r));
        for (EventCluster cluster : merger.merge(family.stream().map(Report::report).toList())) {
            out.count++;
            List<Report> members = cluster.reports().stream().map(r -> byKey.get(r.key())).toList();
            bind(out.stage, cluster, members);
            out.stage.executeUpdate();
            members.forEach(m -> out.links.put(m.eventKey(), cluster.id()));
        }
    }

    /** The columns of event_clusters but its key, in the order {@link #bind} gives them. */
    private static final String COLUMNS = "id, code, type, subtype, actor1_name, actor1_category, actor1_country,"
            + " actor2_name, actor2_category, actor2_country, place_name, lat, lon, geo_precision, country,"
            + " country_name, admin1, admin2, date_value, date_from, date_to, time_precision, fatalities, modality,"
            + " background, verification, status, independent_sources, report_count, outlets, assertors,"
            + " earliest_article, earliest_published, evidence";
    private static final int COLUMN_COUNT = COLUMNS.split(",").length;

    /** Binds the staged row: {@link #COLUMNS}, then the FTS actors and text. */
    private static void bind(PreparedStatement insert, EventCluster cluster, List<Report> members)
            throws SQLException {
        EventReport first = cluster.earliest();
        Event e = first.event();
        EventActor a1 = e.actor1();
        EventActor a2 = e.actor2();
        Geo geo = e.place() == null ? null : e.place().geo();
        Integer geoPrecision = e.place() == null ? null : e.place().geoPrecision();
        Object[] values = {cluster.id(), e.code(), e.type(), e.subtype(),
                a1 == null ? null : a1.name(), a1 == null ? null : a1.category(), a1 == null ? null : a1.country(),
                a2 == null ? null : a2.name(), a2 == null ? null : a2.category(), a2 == null ? null : a2.country(),
                e.place() == null ? null : e.place().name(), geo == null ? null : geo.lat(),
                geo == null ? null : geo.lon(), geoPrecision, geo == null ? null : geo.country(),
                geo == null ? null : geo.countryName(), geo == null ? null : geo.admin1(),
                geo == null ? null : geo.admin2(), e.date().value(), first.dateFrom(), first.dateTo(), e.date().precision(),
                fatalities(cluster), e.modality(),
                cluster.reports().stream().allMatch(r -> r.event().background()),
                verification(cluster), cluster.status().name(), cluster.independentSources(),
                cluster.reports().size(),
                RecordJson.write(distinct(cluster.reports().stream().map(EventReport::outlet)
                        .filter(o -> !o.isBlank()).toList())),
                RecordJson.write(distinct(cluster.reports().stream()
                        .map(r -> r.event().assertor().name()).toList())),
                first.articleId(), first.published().toString(), members.get(0).sentence(),
                String.join(" | ", actors(members)),
                String.join(" | ", distinct(members.stream().map(Report::sentence).toList()))};
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
    }

    /** The most fatalities any report gives, or null when none gives a number. */
    private static Double fatalities(EventCluster cluster) {
        return cluster.reports().stream().map(r -> ArticleWriter.fatalities(r.event().counts()))
                .filter(Objects::nonNull).max(Double::compare).orElse(null);
    }

    /** The strongest verification among the reports: the outlet's own report beats a claim, a claim a caveat. */
    private static String verification(EventCluster cluster) {
        return cluster.reports().stream().map(r -> r.event().status()).filter(Objects::nonNull)
                .filter(VERIFICATION_ORDER::contains)
                .min(Comparator.comparingInt(VERIFICATION_ORDER::indexOf)).orElse("REPORTED");
    }

    private static List<String> actors(List<Report> members) {
        List<String> names = new ArrayList<>();
        for (Report m : members) {
            Event e = m.report().event();
            for (EventActor a : new EventActor[] {e.actor1(), e.actor2()}) {
                if (a != null && a.name() != null) {
                    names.add(a.name());
                }
            }
            if (e.assertor().name() != null) {
                names.add(e.assertor().name());
            }
        }
        return distinct(names);
    }

    private static List<String> distinct(List<String> values) {
        Set<String> seen = new LinkedHashSet<>();
        values.stream().filter(Objects::nonNull).forEach(seen::add);
        return List.copyOf(seen);
    }
}
