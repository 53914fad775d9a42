package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an {@link EntityProfile}. A name matches the stored entity names case-insensitively; when none is equal,
 * the names that contain it match, those ending in it as a word ("Zelensky" for "Volodymyr Zelensky") first, and
 * the most frequent of them is profiled.
 */
final class EntityReader {
    private static final int OTHER_NAMES = 10;
    private final Connection connection;

    EntityReader(Connection connection) {
        this.connection = connection;
    }

    Optional<EntityProfile> profile(String name, int limit) throws SQLException {
        String wanted = name.strip();
        List<String> names = strings("SELECT name FROM entities WHERE name = ? COLLATE NOCASE"
                + " GROUP BY name ORDER BY count(*) DESC, name LIMIT 1", wanted);
        List<String> others = List.of();
        if (names.isEmpty()) {
            String word = like(wanted);
            List<String> partial = strings("SELECT name FROM entities WHERE name LIKE ? ESCAPE '\\'"
                    + " GROUP BY name COLLATE NOCASE ORDER BY name LIKE ? ESCAPE '\\' DESC, count(*) DESC, name"
                    + " LIMIT " + (OTHER_NAMES + 1), "%" + word + "%", "% " + word);
            if (partial.isEmpty()) {
                return Optional.empty();
            }
            names = partial.subList(0, 1);
            others = partial.subList(1, partial.size());
        }
        String chosen = names.get(0);
        List<String> type = strings("SELECT type FROM entities WHERE name = ? COLLATE NOCASE AND type IS NOT NULL"
                + " GROUP BY type ORDER BY count(*) DESC, type LIMIT 1", chosen);
        return Optional.of(new EntityProfile(chosen, type.isEmpty() ? null : type.get(0), others,
                count("SELECT count(DISTINCT article_id) FROM entities WHERE name = ? COLLATE NOCASE", chosen),
                count("SELECT count(*) FROM entities e JOIN mentions m"
                        + " ON m.article_id = e.article_id AND m.entity_id = e.id"
                        + " WHERE e.name = ? COLLATE NOCASE", chosen),
                titles(chosen), quotes(chosen, limit), events(chosen, limit)));
    }

    /** The titles given to the entity, the first spelling of each, ordered by the day first seen. */
    private List<EntityProfile.TitleSpan> titles(String name) throws SQLException {
        Map<String, EntityProfile.TitleSpan> spans = new LinkedHashMap<>();
        Map<String, Set<String>> articles = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT json_extract(t.value, '$.text'),"
                + " a.date, a.id FROM entities e JOIN articles a ON a.id = e.article_id, json_each(e.titles) t"
                + " WHERE e.name = ? COLLATE NOCASE ORDER BY a.date, a.id")) {
            query.setString(1, name);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    String title = r.getString(1);
                    if (title == null || title.isBlank()) {
                        continue;
                    }
                    String key = title.strip().toLowerCase(Locale.ROOT);
                    Set<String> seenIn = articles.computeIfAbsent(key, k -> new HashSet<>());
                    seenIn.add(r.getString(3));
                    EntityProfile.TitleSpan first = spans.get(key);
                    spans.put(key, new EntityProfile.TitleSpan(first == null ? title.strip() : first.title(),
                            first == null ? r.getString(2) : first.firstSeen(), r.getString(2), seenIn.size()));
                }
            }
        }
        return List.copyOf(spans.values());
    }

    private List<QuoteRow> quotes(String name, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + TextReader.QUOTE_COLUMNS
                + " FROM entities e JOIN quotes q ON q.article_id = e.article_id AND q.speaker = e.id"
                + " JOIN articles a ON a.id = e.article_id WHERE e.name = ? COLLATE NOCASE"
                + " ORDER BY a.date DESC, q.article_id, q.span_start LIMIT ?")) {
            query.setString(1, name);
            query.setInt(2, limit);
            return TextReader.quotes(query);
        }
    }

    private List<MergedEvent> events(String name, int limit) throws SQLException {
        if (!FtsQuery.hasWords(name)) {
            return List.of();
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT " + MergedEventRows.COLUMNS
                + " FROM event_clusters c WHERE c.cluster_key IN"
                + " (SELECT rowid FROM event_clusters_fts WHERE event_clusters_fts MATCH ?)"
                + " ORDER BY c.date_from DESC, c.cluster_key DESC LIMIT ?")) {
            query.setString(1, FtsQuery.phrase("actors", name));
            query.setInt(2, limit);
            List<MergedEvent> events = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    events.add(MergedEventRows.read(r));
                }
            }
            return events;
        }
    }

    private List<String> strings(String sql, String... values) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setString(i + 1, values[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        }
    }

    private long count(String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** {@code text} with LIKE's wildcards and escape character escaped by a backslash. */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
