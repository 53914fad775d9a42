package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@link CorpusStats}: counts, the span of the merged events' first days and the merged events per kind. */
final class StatsReader {
    private final Connection connection;
    private final CorpusReader reader;

    StatsReader(Connection connection, CorpusReader reader) {
        this.connection = connection;
        this.reader = reader;
    }

    CorpusStats stats() throws SQLException {
        String first = null;
        String last = null;
        // min() and max() of an indexed column are each one index seek
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT (SELECT min(date_from) FROM event_clusters), (SELECT max(date_from) FROM event_clusters)");
             ResultSet r = query.executeQuery()) {
            if (r.next()) {
                first = r.getString(1);
                last = r.getString(2);
            }
        }
        List<CorpusStats.KindCount> kinds = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT code, min(type), min(subtype), count(*)"
                + " FROM event_clusters GROUP BY code ORDER BY count(*) DESC, code");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                kinds.add(new CorpusStats.KindCount(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
            }
        }
        return new CorpusStats(reader.count("articles"), reader.countDistinct("articles", "story_id"),
                reader.count("events"), reader.count("event_clusters"), first, last, kinds);
    }
}
