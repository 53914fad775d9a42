package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The read queries of a store; each runs one prepared statement. */
final class CorpusReader {
    private final Connection connection;

    CorpusReader(Connection connection) {
        this.connection = connection;
    }

    Set<String> containing(Collection<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : IdChunks.of(List.copyOf(ids))) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id FROM articles WHERE id IN (" + IdChunks.marks(chunk) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
        }
        return found;
    }

    long countDistinct(String table, String column) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(DISTINCT " + column + ") FROM " + table);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    Optional<CorpusPlace> placeNamed(String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT name, country, lat, lon, count(*) AS n"
                + " FROM places WHERE (text = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE) AND lat IS NOT NULL"
                + " GROUP BY name, country, lat, lon ORDER BY n DESC, name LIMIT 1")) {
            query.setString(1, name.strip());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new CorpusPlace(rows.getString(1), rows.getString(2),
                        rows.getDouble(3), rows.getDouble(4), rows.getInt(5))) : Optional.empty();
            }
        }
    }

    Optional<String> record(String articleId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT record FROM articles WHERE id = ?")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** A page of the stored articles, newest publication date first (then by id). */
    List<ArticleSummary> recent(int limit, int offset) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT a.id, a.date, a.source, a.story_id, "
                + Headlines.COLUMNS + " FROM articles a ORDER BY a.date DESC, a.id LIMIT ? OFFSET ?")) {
            query.setInt(1, limit);
            query.setInt(2, offset);
            List<ArticleSummary> articles = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    articles.add(new ArticleSummary(rows.getString(1), rows.getString(2), rows.getString(5),
                            rows.getString(3), rows.getString(4),
                            Headlines.of(rows.getString(5), rows.getString(6), rows.getString(7))));
                }
            }
            return articles;
        }
    }

    /** The article's story and the merged event of each of its events, or empty when it is not stored. */
    Optional<ArticleLinks> links(String articleId) throws SQLException {
        String story;
        try (PreparedStatement query = connection.prepareStatement("SELECT story_id FROM articles WHERE id = ?")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                story = rows.getString(1);
            }
        }
        List<ArticleLinks.EventLink> events = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, cluster_id FROM events WHERE article_id = ? ORDER BY id")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(new ArticleLinks.EventLink(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return Optional.of(new ArticleLinks(articleId, story, events));
    }

    long count(String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    List<String> searchArticles(String ftsQuery, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT article_id FROM articles_fts"
                + " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?")) {
            query.setString(1, ftsQuery);
            query.setInt(2, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    List<StoredQuote> searchQuotes(String ftsQuery, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT article_id, quote_id, text, speaker_name"
                + " FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY bm25(quotes_fts) LIMIT ?")) {
            query.setString(1, ftsQuery);
            query.setInt(2, limit);
            List<StoredQuote> quotes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    quotes.add(new StoredQuote(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)));
                }
            }
            return quotes;
        }
    }

    /** Events in the box, ordered by event_key (insertion order); the R*Tree's float bounds are rechecked exactly. */
    List<StoredEvent> eventsWithin(double minLat, double maxLat, double minLon, double maxLon, int limit)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT e.article_id, e.id, e.code, e.type,"
                + " e.place_name, e.lat, e.lon, e.date_from, e.date_to, e.fatalities"
                + " FROM events_rtree r JOIN events e ON e.event_key = r.event_key"
                + " WHERE r.max_lat >= ? AND r.min_lat <= ? AND r.max_lon >= ? AND r.min_lon <= ?"
                + " AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?"
                + " ORDER BY e.event_key LIMIT ?")) {
            double[] box = {minLat, maxLat, minLon, maxLon, minLat, maxLat, minLon, maxLon};
            for (int i = 0; i < box.length; i++) {
                query.setDouble(i + 1, box[i]);
            }
            query.setInt(box.length + 1, limit);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(new StoredEvent(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getDouble(6), rows.getDouble(7),
                            rows.getString(8), rows.getString(9), nullableDouble(rows, 10)));
                }
            }
            return events;
        }
    }

    private static Double nullableDouble(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
