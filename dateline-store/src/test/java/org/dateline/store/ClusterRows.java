package org.dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merged-event rows written straight into a store file, as {@code refresh()} writes them (keys numbered in the order
 * of date_from, then id; the FTS row beside each), for tests of the read queries that need exact control of every
 * field. Fields are set with the chained setters.
 */
final class ClusterRows {
    private ClusterRows() {
    }

    static Row row(String id) {
        return new Row(id);
    }

    /** Creates the store file and writes the rows. */
    static void write(Path file, List<Row> rows) throws SQLException {
        try (CorpusStore store = CorpusStore.open(file)) {
            store.articleCount();
        }
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing((Row r) -> r.date).thenComparing(r -> r.id));
        try (Connection c = CorpusStore.connect(file);
             PreparedStatement insert = c.prepareStatement("INSERT INTO event_clusters (cluster_key, id, code, type,"
                     + " subtype, actor1_name, actor1_category, actor2_name, actor2_category, place_name, lat, lon,"
                     + " geo_precision, country, country_name, admin1, date_from, date_to, time_precision,"
                     + " fatalities, modality, background, verification, status, independent_sources,"
                     + " report_count, outlets, assertors, earliest_article, earliest_published, evidence)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                     + " ?, ?, ?)");
             PreparedStatement fts = c.prepareStatement(
                     "INSERT INTO event_clusters_fts (rowid, actors, text) VALUES (?, ?, ?)")) {
            long key = 0;
            for (Row r : ordered) {
                key++;
                Object[] values = {key, r.id, r.code, r.type, r.subtype, r.actor1, r.actor1Category, r.actor2,
                    r.actor2Category, r.place, r.lat, r.lon, r.lat == null ? null : 1, r.country, r.countryName,
                    r.admin1, r.date, r.date, 1, r.fatalities, r.modality, r.background ? 1 : 0, r.verification,
                    r.status, r.sources, r.sources, RecordJson.write(r.outlets), RecordJson.write(List.of()),
                    "article-" + r.id, r.date, r.text};
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.executeUpdate();
                fts.setLong(1, key);
                fts.setString(2, String.join(" | ", java.util.stream.Stream.of(r.actor1, r.actor2)
                        .filter(java.util.Objects::nonNull).toList()));
                fts.setString(3, r.text);
                fts.executeUpdate();
            }
        }
    }

    /** One merged event; a shelling in 2024 reported once by Reuters unless set otherwise. */
    static final class Row {
        final String id;
        String code = "SHELLING";
        String type = "Explosions/Remote violence";
        String subtype = "Shelling/artillery/missile attack";
        String actor1;
        String actor1Category;
        String actor2;
        String actor2Category;
        String place;
        Double lat;
        Double lon;
        String country;
        String countryName;
        String admin1;
        String date = "2024-03-01";
        Double fatalities;
        String modality = "ASSERTED";
        boolean background;
        String verification = "REPORTED";
        String status = "SINGLE_SOURCE";
        int sources = 1;
        List<String> outlets = List.of("Reuters");
        String text = "Something happened.";

        private Row(String id) {
            this.id = id;
        }

        Row kind(String code, String type, String subtype) {
            this.code = code;
            this.type = type;
            this.subtype = subtype;
            return this;
        }

        Row actor1(String name, String category) {
            actor1 = name;
            actor1Category = category;
            return this;
        }

        Row actor2(String name, String category) {
            actor2 = name;
            actor2Category = category;
            return this;
        }

        Row at(String name, double latitude, double longitude, String alpha2, String countryName) {
            place = name;
            lat = latitude;
            lon = longitude;
            country = alpha2;
            this.countryName = countryName;
            return this;
        }

        Row admin1(String area) {
            admin1 = area;
            return this;
        }

        Row on(String day) {
            date = day;
            return this;
        }

        Row sources(int independent, String cluster) {
            sources = independent;
            status = cluster;
            return this;
        }

        Row verification(String v) {
            verification = v;
            return this;
        }

        Row background() {
            background = true;
            return this;
        }

        Row modality(String m) {
            modality = m;
            return this;
        }

        Row fatalities(double n) {
            fatalities = n;
            return this;
        }

        Row outlets(String... names) {
            outlets = List.of(names);
            return this;
        }

        Row text(String sentence) {
            text = sentence;
            return this;
        }
    }
}
