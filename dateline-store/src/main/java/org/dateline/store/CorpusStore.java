package org.dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.AnalyzedArticle;
import org.sqlite.SQLiteConfig;

/**
 * A corpus of analysed articles in one SQLite file (WAL journal, foreign keys on), with full-text search over
 * article and quote texts and a spatial index over event coordinates. One connection, so the methods are
 * synchronized; open one store per file and process. Failures surface as {@link StoreException}.
 */
public final class CorpusStore implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private final Path file;
    private final Connection connection;
    private final ArticleWriter writer;
    private final CorpusReader reader;

    private CorpusStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.writer = new ArticleWriter(connection, Clock.systemUTC());
        this.reader = new CorpusReader(connection);
    }

    /**
     * Opens the store in {@code file}, creating it if missing and migrating an older schema to the latest.
     * A file that is not a Dateline database, or one newer than this code, is refused unchanged.
     */
    public static CorpusStore open(Path file) {
        Objects.requireNonNull(file, "file");
        Connection connection = connect(file);
        try {
            int version = Migrations.check(connection, file);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.migrate(connection, version, Migrations.LATEST);
            return new CorpusStore(file, connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e instanceof StoreException se ? se : new StoreException("cannot open " + file + ": " + e, e);
        }
    }

    /**
     * A raw connection to {@code file} whose transactions begin IMMEDIATE (so concurrent writers wait for the busy
     * timeout instead of failing to upgrade a read lock); opening does not write to an existing file.
     */
    static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stores the batch in one transaction, skipping articles already stored; returns how many were new. */
    public synchronized int put(List<AnalyzedArticle> batch) {
        try {
            return writer.put(batch);
        } catch (SQLException e) {
            throw failure("store a batch of " + batch.size() + " articles", e);
        }
    }

    /** Whether the article with this id is stored. */
    public boolean contains(String articleId) {
        return !containing(List.of(articleId)).isEmpty();
    }

    /** The ids among {@code ids} that are stored, e.g. to resume an interrupted ingest. */
    public synchronized Set<String> containing(Collection<String> ids) {
        try {
            return reader.containing(ids);
        } catch (SQLException e) {
            throw failure("look up " + ids.size() + " article ids", e);
        }
    }

    /** How many articles are stored. */
    public synchronized long articleCount() {
        return count("articles");
    }

    /** How many events are stored, over all articles. */
    public synchronized long eventCount() {
        return count("events");
    }

    /** Ids of the articles whose title or text matches the FTS5 query, best bm25 rank first. */
    public synchronized List<String> searchArticles(String ftsQuery, int limit) {
        requirePositive(limit);
        try {
            return reader.searchArticles(ftsQuery, limit);
        } catch (SQLException e) {
            throw failure("search articles for " + ftsQuery, e);
        }
    }

    /** Quotes whose text or speaker name matches the FTS5 query, best bm25 rank first. */
    public synchronized List<StoredQuote> searchQuotes(String ftsQuery, int limit) {
        requirePositive(limit);
        try {
            return reader.searchQuotes(ftsQuery, limit);
        } catch (SQLException e) {
            throw failure("search quotes for " + ftsQuery, e);
        }
    }

    /** Events whose coordinates lie in the box (bounds inclusive, degrees), in the order they were stored. */
    public synchronized List<StoredEvent> eventsWithin(double minLat, double maxLat, double minLon, double maxLon,
                                                       int limit) {
        requirePositive(limit);
        if (!(minLat <= maxLat && minLon <= maxLon)) {
            throw new IllegalArgumentException("empty box: lat " + minLat + ".." + maxLat + ", lon " + minLon
                    + ".." + maxLon + " (a box across the antimeridian takes two calls)");
        }
        try {
            return reader.eventsWithin(minLat, maxLat, minLon, maxLon, limit);
        } catch (SQLException e) {
            throw failure("find events within a box", e);
        }
    }

    /** The schema version of the open file. */
    synchronized int schemaVersion() {
        try {
            return Migrations.intPragma(connection, "user_version");
        } catch (SQLException e) {
            throw failure("read the schema version", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private long count(String table) {
        try {
            return reader.count(table);
        } catch (SQLException e) {
            throw failure("count " + table, e);
        }
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    private StoreException failure(String operation, SQLException e) {
        return new StoreException("cannot " + operation + " in " + file + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
