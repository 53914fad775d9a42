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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.dedup.EventCluster;
import org.dateline.dedup.EventMergeConfig;
import org.dateline.dedup.EventMerger;
import org.dateline.dedup.EventReport;
import org.dateline.dedup.SameEventRule;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.Geo;

/**
 * Writes the merged events ({@code event_clusters}, its R*Tree and FTS tables, {@code events.cluster_id}) with
 * {@link EventMerger}, in one transaction: a reader sees the old merge or the new one. {@link #rewrite()} merges every
 * stored report; {@link #mergeNew()} merges the reports not merged yet into the merged events, reading only the
 * reports they can join, with the same result ({@link EventMerger#mergeAfter}). Either way the result does not depend
 * on the order articles came in.
 *
 * <p>A merged event's {@code cluster_key} is its first day's number (days since 1970-01-01) times {@link #DAY_KEYS}
 * plus its rank by id within that day: the key order is the order of (date_from, id), which the read queries page in
 * ({@link EventQuery}), and a new merged event renumbers its own day only.
 */
final class EventClusterWriter {
    /** Keys per day: more merged events than this on one day would break the key order. */
    static final long DAY_KEYS = 1L << 24;
    /** The key of a staged row: its day's base plus its rank by id in the day. */
    private static final String KEY = "CAST(julianday(date_from) - 2440587.5 AS INTEGER) * " + DAY_KEYS
            + " + row_number() OVER (PARTITION BY date_from ORDER BY id)";
    /** The reports merged at once, when most stored reports are new: a whole rewrite costs less than the lookups. */
    private static final double REWRITE_SHARE = 0.5;
    private static final String VERIFICATION_ORDER = "REPORTED CLAIMED NOT_VERIFIED";
    private static final String REPORT_COLUMNS = "SELECT e.event_key, e.article_id, coalesce(a.story_id, a.id),"
            + " coalesce(a.source, ''), a.date, e.record, substr(a.text, e.span_start + 1, e.span_end - e.span_start),"
            + " e.cluster_id FROM events e JOIN articles a ON a.id = e.article_id";
    private final Connection connection;
    private final EventMerger merger;
    private final EventMergeConfig config;

    EventClusterWriter(Connection connection, EventMergeConfig config) {
        this.connection = connection;
        this.merger = new EventMerger(config);
        this.config = config;
    }

    /**
     * Merges all stored reports; returns how many merged events there are. Reports are read one type family at a
     * time (the rule never links two families), so memory holds the largest family's reports, not the corpus's.
     */
    int rewrite() throws SQLException {
        return Transaction.run(connection, () -> {
            try (Statement sql = connection.createStatement()) {
                sql.execute("DELETE FROM event_clusters_fts");
                sql.execute("DELETE FROM event_clusters_rtree");
                sql.execute("DELETE FROM event_clusters");
                sql.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL");
            }
            try (Staging staging = new Staging(connection)) {
                forEachFamily(family -> staging.add(merger.merge(family.stream().map(Report::report).toList()),
                        family));
                staging.install(null);
                return staging.count;
            }
        });
    }

    /**
     * Merges the reports not merged yet (those of articles stored since the last merge) into the merged events; the
     * result is that of {@link #rewrite()}. Returns how many merged events were written (new or changed). For each
     * type family of the new reports, it reads the reports whose days reach the first day of the earliest new one
     * (in the merge's {@link EventMerger#order()}) and the other reports of their merged events, continues the merge
     * from there and rewrites the merged events whose reports changed. A new report of a recent event reads a few
     * days of its family; one of an event long past reads every report of its family since, so its cost grows with
     * how far back it reaches.
     */
    int mergeNew() throws SQLException {
        long unmerged = count("SELECT count(*) FROM events WHERE cluster_id IS NULL AND record IS NOT NULL");
        if (unmerged == 0) {
            return 0;
        }
        // event keys count up from 1 as reports are stored: the largest is about how many there are, read at once
        if (unmerged > REWRITE_SHARE * count("SELECT coalesce(max(event_key), 0) FROM events")) {
            return rewrite();
        }
        return Transaction.run(connection, () -> {
            List<Report> fresh = reports(" WHERE e.cluster_id IS NULL AND e.record IS NOT NULL", List.of());
            Map<String, List<Report>> families = new TreeMap<>();
            fresh.forEach(r -> families.computeIfAbsent(SameEventRule.family(r.report().event()),
                    f -> new ArrayList<>()).add(r));
            try (Staging staging = new Staging(connection)) {
                Set<String> replaced = new HashSet<>();
                for (Map.Entry<String, List<Report>> family : families.entrySet()) {
                    mergeFamily(family.getKey(), family.getValue(), staging, replaced);
                }
                staging.install(replaced);
                return staging.count;
            }
        });
    }

    /** Continues the merge of one family with its new reports; the merged events it replaces go to {@code replaced}. */
    private void mergeFamily(String family, List<Report> fresh, Staging staging, Set<String> replaced)
            throws SQLException {
        Comparator<EventReport> order = merger.order();
        EventReport first = fresh.stream().map(Report::report).min(order).orElseThrow();
        LocalDate reach = merger.firstDay(first).minusDays(config.dayPrecisionSlackDays());
        List<Report> near = reports(" WHERE e.family = ? AND e.last_day >= ? AND e.cluster_id IS NOT NULL",
                List.of(family, reach.toString()));
        Set<String> touched = new HashSet<>();
        near.forEach(r -> touched.add(r.clusterId()));
        Map<Long, Report> all = new LinkedHashMap<>();
        for (List<String> chunk : IdChunks.of(List.copyOf(touched))) {
            for (Report r : reports(" WHERE e.cluster_id IN (" + IdChunks.marks(chunk) + ")", chunk)) {
                all.put(r.eventKey(), r);
            }
        }
        Map<String, List<EventReport>> earlier = new HashMap<>();
        List<Report> members = new ArrayList<>(fresh);
        for (Report r : all.values()) {
            members.add(r);
            if (order.compare(r.report(), first) < 0) {
                earlier.computeIfAbsent(r.clusterId(), c -> new ArrayList<>()).add(r.report());
            }
        }
        List<EventReport> later = members.stream().map(Report::report)
                .filter(r -> order.compare(r, first) >= 0).toList();
        Map<String, Set<String>> before = new HashMap<>();
        all.values().forEach(r -> before.computeIfAbsent(r.clusterId(), c -> new HashSet<>()).add(r.report().key()));
        List<EventCluster> changed = new ArrayList<>();
        for (EventCluster c : merger.mergeAfter(List.copyOf(earlier.values()), later)) {
            Set<String> keys = new HashSet<>();
            c.reports().forEach(r -> keys.add(r.key()));
            if (!keys.equals(before.get(c.id()))) {
                changed.add(c);
            } else {
                touched.remove(c.id()); // the same reports: its row stands as it is
            }
        }
        replaced.addAll(touched);
        staging.add(changed, members);
    }

    /** The number the query gives. */
    private long count(String query) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet r = sql.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** One stored event with what merging and the merged row need, and its merged event (null when new). */
    private record Report(long eventKey, EventReport report, String sentence, String clusterId) {
    }

    /** The stored reports {@code where} selects, with its values bound in order. */
    private List<Report> reports(String where, List<String> values) throws SQLException {
        List<Report> reports = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(REPORT_COLUMNS + where)) {
            for (int i = 0; i < values.size(); i++) {
                query.setString(i + 1, values.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reports.add(report(rows));
                }
            }
        }
        return reports;
    }

    private static Report report(ResultSet rows) throws SQLException {
        Event event = RecordJson.read(rows.getString(6), Event.class);
        return new Report(rows.getLong(1), new EventReport(rows.getString(2), rows.getString(3), rows.getString(4),
                LocalDate.parse(rows.getString(5)), event), rows.getString(7), rows.getString(8));
    }

    /** Work on one type family's reports. */
    @FunctionalInterface
    private interface FamilyWork {
        void accept(List<Report> family) throws SQLException;
    }

    /**
     * Reads the reports ordered so that each type family is contiguous (by type, ignoring case, then code: see
     * {@link SameEventRule#family}) and hands each family on as it ends.
     */
    private void forEachFamily(FamilyWork work) throws SQLException {
        Set<String> done = new HashSet<>();
        List<Report> family = new ArrayList<>();
        String current = null;
        try (PreparedStatement query = connection.prepareStatement(REPORT_COLUMNS
                + " WHERE e.record IS NOT NULL ORDER BY lower(e.type), e.code");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Report r = report(rows);
                String f = SameEventRule.family(r.report().event());
                if (!f.equals(current)) {
                    if (!family.isEmpty()) {
                        work.accept(family);
                    }
                    family = new ArrayList<>();
                    if (!done.add(f)) {
                        throw new IllegalStateException("the reports of family " + f + " are not contiguous");
                    }
                    current = f;
                }
                family.add(r);
            }
        }
        if (!family.isEmpty()) {
            work.accept(family);
        }
    }

    /**
     * Merged rows staged in a temporary table, then installed with their keys: the merged events they replace are
     * deleted, and every merged event of the days they touch is numbered again.
     */
    private static final class Staging implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement stage;
        private final Map<Long, String> links = new HashMap<>();
        int count;

        Staging(Connection connection) throws SQLException {
            this.connection = connection;
            try (Statement sql = connection.createStatement()) {
                sql.execute("DROP TABLE IF EXISTS temp.cluster_staging");
                sql.execute("CREATE TEMP TABLE cluster_staging AS SELECT * FROM main.event_clusters WHERE 0");
                sql.execute("ALTER TABLE temp.cluster_staging ADD COLUMN fts_actors TEXT");
                sql.execute("ALTER TABLE temp.cluster_staging ADD COLUMN fts_text TEXT");
            }
            this.stage = connection.prepareStatement("INSERT INTO temp.cluster_staging (" + COLUMNS
                    + ", fts_actors, fts_text) VALUES (" + "?, ".repeat(COLUMN_COUNT + 1) + "?)");
        }

        /** Stages the clusters; {@code reports} holds (at least) their reports as stored. */
        void add(List<EventCluster> clusters, List<Report> reports) throws SQLException {
            Map<String, Report> byKey = new HashMap<>();
            reports.forEach(r -> byKey.put(r.report().key(), r));
            for (EventCluster cluster : clusters) {
                count++;
                List<Report> members = cluster.reports().stream().map(r -> byKey.get(r.key())).toList();
                bind(stage, cluster, members);
                stage.executeUpdate();
                members.forEach(m -> links.put(m.eventKey(), cluster.id()));
            }
        }

        /**
         * Deletes the merged events with the ids {@code replaced} (none when null: the table is empty), installs the
         * staged ones and numbers the days they touch again; links each report to its merged event.
         */
        void install(Set<String> replaced) throws SQLException {
            try (Statement sql = connection.createStatement()) {
                if (replaced != null) {
                    renumbered(sql, replaced);
                }
                sql.execute("INSERT INTO event_clusters (cluster_key, " + COLUMNS + ") SELECT " + KEY + ", "
                        + COLUMNS + " FROM temp.cluster_staging ORDER BY date_from, id");
                sql.execute("INSERT INTO event_clusters_fts (rowid, actors, text) SELECT c.cluster_key,"
                        + " s.fts_actors, s.fts_text FROM temp.cluster_staging s JOIN event_clusters c ON c.id = s.id");
            }
            try (PreparedStatement link = connection.prepareStatement(
                    "UPDATE events SET cluster_id = ? WHERE event_key = ?")) {
                for (Map.Entry<Long, String> l : links.entrySet()) {
                    link.setString(1, l.getValue());
                    link.setLong(2, l.getKey());
                    link.addBatch();
                }
                link.executeBatch();
            }
        }

        /**
         * Deletes the merged events {@code replaced}, and moves the others of the days they and the staged ones
         * begin on into the staging, so that those days are numbered again as a whole: the keys are then those a
         * rewrite gives.
         */
        private void renumbered(Statement sql, Set<String> replaced) throws SQLException {
            sql.execute("DROP TABLE IF EXISTS temp.replaced_clusters");
            sql.execute("CREATE TEMP TABLE replaced_clusters (id TEXT PRIMARY KEY)");
            try (PreparedStatement add = connection.prepareStatement("INSERT INTO temp.replaced_clusters VALUES (?)")) {
                for (String id : replaced) {
                    add.setString(1, id);
                    add.addBatch();
                }
                add.executeBatch();
            }
            sql.execute("DROP TABLE IF EXISTS temp.renumbered_days");
            sql.execute("CREATE TEMP TABLE renumbered_days AS SELECT date_from AS day FROM temp.cluster_staging UNION"
                    + " SELECT date_from FROM event_clusters WHERE id IN (SELECT id FROM temp.replaced_clusters)");
            sql.execute("INSERT INTO temp.cluster_staging SELECT c.*, f.actors, f.text FROM event_clusters c"
                    + " JOIN event_clusters_fts f ON f.rowid = c.cluster_key WHERE c.date_from IN"
                    + " (SELECT day FROM temp.renumbered_days)"
                    + " AND c.id NOT IN (SELECT id FROM temp.replaced_clusters)");
            sql.execute("DELETE FROM event_clusters_fts WHERE rowid IN (SELECT cluster_key FROM event_clusters"
                    + " WHERE date_from IN (SELECT day FROM temp.renumbered_days))");
            sql.execute("DELETE FROM event_clusters WHERE date_from IN (SELECT day FROM temp.renumbered_days)");
            sql.execute("DROP TABLE temp.replaced_clusters");
            sql.execute("DROP TABLE temp.renumbered_days");
        }

        @Override
        public void close() throws SQLException {
            stage.close();
            try (Statement sql = connection.createStatement()) {
                sql.execute("DROP TABLE IF EXISTS temp.cluster_staging");
            }
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
