package org.dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dateline.dedup.EventMergeConfig;
import org.dateline.model.AnalyzedArticle;
import org.sqlite.SQLiteConfig;

/**
 * A corpus of analysed articles in one SQLite file (WAL journal, foreign keys on), with full-text search over
 * article and quote texts and a spatial index over event coordinates. One connection, so the methods are
 * synchronized; open one store per file and process. Failures surface as {@link StoreException}.
 */
public final class CorpusStore implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int STORY_BATCH = 500;
    private final Path file;
    private final Connection connection;
    private final ArticleWriter writer;
    private final CorpusReader reader;
    private final QueryReader queries;
    private final TextReader texts;
    private final EntityReader entities;

    private CorpusStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.writer = new ArticleWriter(connection, Clock.systemUTC());
        this.reader = new CorpusReader(connection);
        this.queries = new QueryReader(connection);
        this.texts = new TextReader(connection);
        this.entities = new EntityReader(connection);
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

    /**
     * Brings the derived tables up to date with the stored articles: assigns articles stored without a story (by an
     * older schema) to stories, then merges all event reports into merged events ({@code event_clusters}) with the
     * default {@link EventMergeConfig}. Each step commits on its own; an interrupted refresh leaves the previous merge.
     */
    public synchronized Refresh refresh() {
        try {
            int stories = writer.assignMissingStories(STORY_BATCH);
            int merged = new EventClusterWriter(connection, EventMergeConfig.defaults()).rewrite();
            return new Refresh(stories, merged);
        } catch (SQLException e) {
            throw failure("merge the stored events", e);
        }
    }

    /**
     * What a {@link #refresh()} did.
     *
     * @param storiesAssigned articles newly assigned to a story
     * @param mergedEvents    merged events now stored
     */
    public record Refresh(int storiesAssigned, int mergedEvents) {
    }

    /** How many stories the stored articles form (copies of one story count once). */
    public synchronized long storyCount() {
        try {
            return reader.countDistinct("articles", "story_id");
        } catch (SQLException e) {
            throw failure("count stories", e);
        }
    }

    /** How many merged events there are (as of the last {@link #refresh()}). */
    public synchronized long mergedEventCount() {
        return count("event_clusters");
    }

    /** The stored record of an article, as it was put. */
    public synchronized Optional<AnalyzedArticle> article(String articleId) {
        try {
            return reader.record(articleId).map(json -> RecordJson.read(json, AnalyzedArticle.class));
        } catch (SQLException e) {
            throw failure("read article " + articleId, e);
        }
    }

    /**
     * Where the stored articles put a place of this name: the resolution most of its mentions (by their text, as
     * written, or the resolved name, ignoring case) were given. The corpus's own reading of an ambiguous name.
     */
    public synchronized Optional<CorpusPlace> placeNamed(String name) {
        try {
            return reader.placeNamed(name);
        } catch (SQLException e) {
            throw failure("look up the place " + name, e);
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

    // The read API over merged events, quotes, articles and entities (as of the last refresh()).

    /** The page of merged events the filter asks for, by first day, then key. */
    public synchronized List<MergedEvent> events(EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        try {
            return queries.events(filter);
        } catch (SQLException e) {
            throw failure("read merged events", e);
        }
    }

    /**
     * Hands the merged events the filter asks for to {@code sink} one at a time as they are read, in the order of
     * {@link #events}, without holding them all; for exports. The store is busy until it returns.
     */
    public synchronized void exportEvents(EventFilter filter, Consumer<MergedEvent> sink) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sink, "sink");
        try {
            queries.each(filter, sink);
        } catch (SQLException e) {
            throw failure("export merged events", e);
        }
    }

    /** As {@link #exportEvents}, each event with its reports. */
    public synchronized void exportEventsWithReports(EventFilter filter, Consumer<EventWithReports> sink) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sink, "sink");
        try {
            queries.eachWithReports(filter, sink);
        } catch (SQLException e) {
            throw failure("export merged events with their reports", e);
        }
    }

    /** The reports of the merged event with this id ({@link MergedEvent#id()}), earliest first; empty if unknown. */
    public synchronized List<StoredReport> reports(String mergedEventId) {
        Objects.requireNonNull(mergedEventId, "mergedEventId");
        try {
            return queries.reports(mergedEventId);
        } catch (SQLException e) {
            throw failure("read the reports of merged event " + mergedEventId, e);
        }
    }

    /**
     * Quotes whose speaker's name holds {@code speaker} as whole words ("Zelensky", "volodymyr zelensky"; case
     * ignored), newest article first.
     */
    public synchronized List<QuoteRow> quotesBy(String speaker, int limit) {
        requireWords(speaker, "speaker");
        requirePositive(limit);
        try {
            return texts.quotesBy(speaker, limit);
        } catch (SQLException e) {
            throw failure("find quotes by " + speaker, e);
        }
    }

    /**
     * Articles whose title or text holds every word of {@code words} (plain words: quotes and FTS5 operators in them
     * are searched for as text), best bm25 rank first, each with a snippet; when more than 10,000 articles match,
     * the most recently stored first (ranking them all is too slow; add words to narrow the search).
     */
    public synchronized List<ArticleHit> search(String words, int limit) {
        requireWords(words, "search text");
        requirePositive(limit);
        try {
            return texts.search(words, limit);
        } catch (SQLException e) {
            throw failure("search articles for " + words, e);
        }
    }

    /**
     * What the corpus holds on a person or organisation: the stored entity name equal to {@code name} ignoring case,
     * else the most frequent one containing it (ending in it as a word first); empty when none matches. The quotes
     * and events are the newest {@code limit} of each.
     */
    public synchronized Optional<EntityProfile> entity(String name, int limit) {
        requireWords(name, "entity name");
        requirePositive(limit);
        try {
            return entities.profile(name, limit);
        } catch (SQLException e) {
            throw failure("profile " + name, e);
        }
    }

    private static void requireWords(String text, String what) {
        if (text == null || !FtsQuery.hasWords(text)) {
            throw new IllegalArgumentException(what + " needs a letter or digit, got '" + text + "'");
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
