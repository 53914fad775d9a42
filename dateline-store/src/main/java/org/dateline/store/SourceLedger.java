package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of watched sources and of the items they listed ({@code sources}, {@code items}): what `dateline watch`
 * needs to go on after a restart, and what the health of a source shows. Writes run on the store's writer connection,
 * each in its own transaction; reads on any connection.
 */
final class SourceLedger {
    private static final String STATUS_COLUMNS = "address, kind, added_at, last_fetch, last_success, fetches, errors,"
            + " consecutive_errors, last_error, last_error_at, items_seen, articles_stored, item_errors, etag,"
            + " last_modified";
    private final Connection connection;
    private final Clock clock;

    SourceLedger(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Adds a visit to the source's counts, creating the source on its first visit. */
    void record(SourceFetch f) throws SQLException {
        Transaction.run(connection, () -> {
            try (PreparedStatement add = connection.prepareStatement("INSERT OR IGNORE INTO sources (address,"
                    + " added_at) VALUES (?, ?)");
                 PreparedStatement update = connection.prepareStatement("UPDATE sources SET"
                         + " kind = coalesce(?, kind), last_fetch = ?, fetches = fetches + 1,"
                         + " last_success = CASE WHEN ? THEN ? ELSE last_success END,"
                         + " errors = errors + CASE WHEN ? THEN 0 ELSE 1 END,"
                         + " consecutive_errors = CASE WHEN ? THEN 0 ELSE consecutive_errors + 1 END,"
                         + " last_error = CASE WHEN ? THEN last_error ELSE ? END,"
                         + " last_error_at = CASE WHEN ? THEN last_error_at ELSE ? END,"
                         + " etag = CASE WHEN ? AND ? IS NOT NULL THEN nullif(?, '') ELSE etag END,"
                         + " last_modified = CASE WHEN ? AND ? IS NOT NULL THEN nullif(?, '') ELSE last_modified END,"
                         + " items_seen = items_seen + ?, articles_stored = articles_stored + ?,"
                         + " item_errors = item_errors + ? WHERE address = ?")) {
                add.setString(1, f.address());
                add.setString(2, f.at().toString());
                add.executeUpdate();
                boolean ok = f.succeeded();
                String at = f.at().toString();
                Object[] values = {f.kind() == null ? null : f.kind().name(), at, ok, at, ok, ok, ok, f.error(), ok,
                    at, ok, f.etag(), f.etag(), ok, f.lastModified(), f.lastModified(), f.itemsSeen(),
                    f.articlesStored(), f.itemErrors(), f.address()};
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Stores what became of an item (replacing what was known of it). */
    void record(ItemRecord item) throws SQLException {
        Transaction.run(connection, () -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO items (address, source,"
                    + " first_seen, updated_at, state, article_id, attempts, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (address) DO UPDATE SET updated_at = excluded.updated_at, state = excluded.state,"
                    + " article_id = excluded.article_id, attempts = excluded.attempts,"
                    + " last_error = excluded.last_error")) {
                String now = clock.instant().toString();
                Object[] values = {item.address(), item.source(), now, now, item.state().name(), item.articleId(),
                    item.attempts(), item.lastError()};
                for (int i = 0; i < values.length; i++) {
                    upsert.setObject(i + 1, values[i]);
                }
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** What is known of the items among {@code addresses}, by address; unknown ones are left out. */
    static Map<String, ItemRecord> items(Connection c, Collection<String> addresses) throws SQLException {
        Map<String, ItemRecord> known = new HashMap<>();
        for (List<String> chunk : IdChunks.of(List.copyOf(addresses))) {
            try (PreparedStatement q = c.prepareStatement("SELECT address, source, state, article_id, attempts,"
                    + " last_error FROM items WHERE address IN (" + IdChunks.marks(chunk) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    q.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        known.put(r.getString(1), new ItemRecord(r.getString(1), r.getString(2),
                                ItemState.valueOf(r.getString(3)), r.getString(4), r.getInt(5), r.getString(6)));
                    }
                }
            }
        }
        return known;
    }

    /** Every source's health, in the order they were added. */
    static List<SourceStatus> sources(Connection c) throws SQLException {
        List<SourceStatus> sources = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT " + STATUS_COLUMNS
                + " FROM sources ORDER BY added_at, address");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                String kind = r.getString(2);
                sources.add(new SourceStatus(r.getString(1), kind == null ? null : SourceKind.valueOf(kind),
                        r.getString(3), r.getString(4), r.getString(5), r.getLong(6), r.getLong(7), r.getLong(8),
                        r.getString(9), r.getString(10), r.getLong(11), r.getLong(12), r.getLong(13), r.getString(14),
                        r.getString(15)));
            }
        }
        return sources;
    }
}
