package org.dateline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dateline.dedup.EventMergeConfig;
import org.dateline.model.AnalyzedArticle;
import org.sqlite.SQLiteConfig;

/**
 * A corpus of analysed articles in one SQLite file (WAL journal, foreign keys on), with full-text search over
 * article and quote texts and a spatial index over event coordinates. Thread-safe: writes go through one connection,
 * one at a time (the write methods are synchronized); reads run in parallel on a few read-only connections
 * ({@link ReadPool}), each in one transaction, and never wait for a write: they see the last commit before them.
 * Open one store per file and process. Failures surface as {@link StoreException}.
 */
public final class CorpusStore implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** Read-only connections at most: enough for every core, a few more for reads that wait on a slow consumer. */
    private static final int READ_CONNECTIONS = Math.min(8, Runtime.getRuntime().availableProcessors() + 2);
    private static final int STORY_BATCH = 500;
    private final Path file;
    private final Connection connection;
    private final ArticleWriter writer;
    private final ReadPool reads;
    private final StoreAccess access;
    private final SourceLedger sources;

    private CorpusStore(Path file, Connection connection, StoreAccess access) {
        this.file = file;
        this.connection = connection;
        this.access = access;
        this.writer = new ArticleWriter(connection, Clock.systemUTC());
        this.reads = new ReadPool(file, READ_CONNECTIONS, access == StoreAccess.IMMUTABLE);
        this.sources = new SourceLedger(connection, Clock.systemUTC());
    }

    /**
     * Opens the store in {@code file} for writing, creating it if missing and migrating an older schema to the
     * latest. A file that is not a Dateline database, or one newer than this code, is refused unchanged; so is one
     * that cannot be written (read-only, on a read-only disk) and one that fails SQLite's quick integrity check:
     * nothing is analysed for a store that cannot take it. A file this call created is removed again when opening
     * fails (a full disk leaves no stub behind).
     */
    public static CorpusStore open(Path file) {
        Objects.requireNonNull(file, "file");
        boolean created = !Files.exists(file);
        Path folder = file.toAbsolutePath().getParent();
        if (created && folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "cannot create " + file + ": this user cannot"
                    + " write in its folder " + folder + " (or its disk is read-only)", null);
        }
        try {
            return open(file, true);
        } catch (StoreException e) {
            if (created) {
                StoreFiles.removeStub(file, e);
            }
            throw e;
        }
    }

    /**
     * Opens an existing store for queries, never creating or emptying anything: a missing or empty (0-byte) file is
     * refused with a message saying so. When the file and its folder can be written it is opened as {@link #open}
     * opens it (an older schema migrated) but without the integrity check; otherwise it is opened read-only (on a
     * read-only disk or folder, as an immutable file), and then it must have the latest schema. Writes to a
     * read-only store fail with {@link StoreException.Kind#READ_ONLY}.
     */
    public static CorpusStore openForQueries(Path file) {
        Objects.requireNonNull(file, "file");
        StoreFiles.requireCorpusFile(file);
        StoreAccess access = StoreFiles.accessFor(file);
        if (access == StoreAccess.READ_WRITE) {
            return open(file, false);
        }
        Connection connection = connect(file, access);
        try {
            int version = Migrations.check(connection, file);
            if (version < Migrations.LATEST) {
                throw new StoreException(StoreException.Kind.READ_ONLY, file + " has Dateline schema version "
                        + version + ", older than this code's " + Migrations.LATEST + ", and cannot be upgraded"
                        + " because it cannot be written; copy it where it can be and query the copy", null);
            }
            return new CorpusStore(file, connection, access);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    private static CorpusStore open(Path file, boolean forWriting) {
        if (forWriting) {
            StoreFiles.requireWritableFile(file);
        }
        Connection connection = connect(file, StoreAccess.READ_WRITE);
        try {
            int version = Migrations.check(connection, file);
            if (forWriting) {
                StoreFiles.requireWritable(connection, version);
                if (version > 0) {
                    Integrity.requireQuickCheck(connection, file);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.migrate(connection, version, Migrations.LATEST);
            mergeLeftovers(connection, forWriting);
            return new CorpusStore(file, connection, StoreAccess.READ_WRITE);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw SqliteFailures.of(file, "open it", e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e instanceof StoreException se ? se : new StoreException("cannot open " + file + ": " + e, e);
        }
    }

    /**
     * Merges the reports left unmerged by a process that died before its merge (or by the migration to incremental
     * merging), so that queries see their events. Opened for queries only, a merge that cannot be written (a full
     * disk) is left for the next writer: the queries then show the merged events as they were.
     */
    private static void mergeLeftovers(Connection connection, boolean forWriting) throws SQLException {
        try {
            new EventClusterWriter(connection, EventMergeConfig.defaults()).mergeNew();
        } catch (SQLException e) {
            if (forWriting) {
                throw e;
            }
        }
    }

    /**
     * Runs SQLite's full integrity check ({@code PRAGMA integrity_check}) on an existing store, read-only: what
     * {@code dateline check} reports.
     */
    public static IntegrityReport check(Path file) {
        Objects.requireNonNull(file, "file");
        StoreFiles.requireCorpusFile(file);
        StoreAccess access = StoreFiles.accessFor(file);
        try (Connection connection = connect(file, access == StoreAccess.IMMUTABLE ? access : StoreAccess.READ_ONLY)) {
            int version = Migrations.check(connection, file);
            return Integrity.fullCheck(connection, file, version);
        } catch (SQLException e) {
            throw SqliteFailures.of(file, "check it", e);
        }
    }

    /**
     * A raw connection to {@code file} whose transactions begin IMMEDIATE (so concurrent writers wait for the busy
     * timeout instead of failing to upgrade a read lock); opening does not write to an existing file.
     */
    static Connection connect(Path file) {
        return connect(file, StoreAccess.READ_WRITE);
    }

    private static Connection connect(Path file, StoreAccess access) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(access == StoreAccess.READ_WRITE ? SQLiteConfig.TransactionMode.IMMEDIATE
                : SQLiteConfig.TransactionMode.DEFERRED);
        config.setReadOnly(access != StoreAccess.READ_WRITE);
        try {
            return config.createConnection(access.url(file));
        } catch (SQLException e) {
            throw SqliteFailures.of(file, "open it", e);
        }
    }

    /** Whether this store was opened read-only ({@link #openForQueries} on a file or disk it cannot write). */
    public boolean readOnly() {
        return access != StoreAccess.READ_WRITE;
    }

    private void requireWritable(String operation) {
        if (readOnly()) {
            throw new StoreException(StoreException.Kind.READ_ONLY, file + " is open read-only (this user cannot"
                    + " write the file or its folder, or its disk is read-only), so Dateline cannot " + operation,
                    null);
        }
    }

    /** Stores the batch in one transaction, skipping articles already stored; returns how many were new. */
    public synchronized int put(List<AnalyzedArticle> batch) {
        requireWritable("store articles");
        try {
            return writer.put(batch);
        } catch (SQLException e) {
            throw failure("store a batch of " + batch.size() + " articles", e);
        }
    }

    /**
     * Brings the derived tables up to date with the stored articles: assigns articles stored without a story (by an
     * older schema) to stories, then merges the event reports not merged yet into the merged events
     * ({@code event_clusters}) with the default {@link EventMergeConfig}, reading only the reports they can join
     * (the result is that of {@link #remerge()}). Each step commits on its own; an interrupted refresh leaves the
     * previous merge, and the next one merges what it left.
     */
    public synchronized Refresh refresh() {
        requireWritable("merge the stored events");
        try {
            int stories = writer.assignMissingStories(STORY_BATCH);
            EventClusterWriter clusters = new EventClusterWriter(connection, EventMergeConfig.defaults());
            if (stories > 0) {
                clusters.rewrite();
            } else {
                clusters.mergeNew();
            }
            return new Refresh(stories, Math.toIntExact(mergedEventCount()));
        } catch (SQLException e) {
            throw failure("merge the stored events", e);
        }
    }

    /** Merges every stored event report again, from scratch; returns how many merged events there are. */
    public synchronized int remerge() {
        requireWritable("merge the stored events");
        try {
            return new EventClusterWriter(connection, EventMergeConfig.defaults()).rewrite();
        } catch (SQLException e) {
            throw failure("merge the stored events", e);
        }
    }

    /** Adds a visit to a watched source to its health, creating the source on its first visit. */
    public synchronized void recordFetch(SourceFetch fetch) {
        Objects.requireNonNull(fetch, "fetch");
        requireWritable("record a visit to a watched source");
        try {
            sources.record(fetch);
        } catch (SQLException e) {
            throw failure("record a visit to " + fetch.address(), e);
        }
    }

    /** Stores what became of an item a watched source listed. */
    public synchronized void recordItem(ItemRecord item) {
        Objects.requireNonNull(item, "item");
        requireWritable("record a watched item");
        try {
            sources.record(item);
        } catch (SQLException e) {
            throw failure("record the item " + item.address(), e);
        }
    }

    /** What is known of the items among {@code addresses} (normalised), by address; unknown ones are left out. */
    public Map<String, ItemRecord> items(Collection<String> addresses) {
        return read("look up " + addresses.size() + " items", r -> SourceLedger.items(r.connection(), addresses));
    }

    /** The health of every watched source, in the order they were added. */
    public List<SourceStatus> sources() {
        return read("read the watched sources", r -> SourceLedger.sources(r.connection()));
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
    public long storyCount() {
        return read("count stories", r -> r.corpus().countDistinct("articles", "story_id"));
    }

    /** How many merged events there are (as of the last {@link #refresh()}). */
    public long mergedEventCount() {
        return count("event_clusters");
    }

    /** The stored record of an article, as it was put. */
    public Optional<AnalyzedArticle> article(String articleId) {
        return read("read article " + articleId, r -> r.corpus().record(articleId))
                .map(json -> RecordJson.read(json, AnalyzedArticle.class));
    }

    /**
     * Where the stored articles put a place of this name: the resolution most of its mentions (by their text, as
     * written, or the resolved name, ignoring case) were given. The corpus's own reading of an ambiguous name.
     */
    public Optional<CorpusPlace> placeNamed(String name) {
        return read("look up the place " + name, r -> r.corpus().placeNamed(name));
    }

    /** Whether the article with this id is stored. */
    public boolean contains(String articleId) {
        return !containing(List.of(articleId)).isEmpty();
    }

    /** The ids among {@code ids} that are stored, e.g. to resume an interrupted ingest. */
    public Set<String> containing(Collection<String> ids) {
        return read("look up " + ids.size() + " article ids", r -> r.corpus().containing(ids));
    }

    /** How many articles are stored. */
    public long articleCount() {
        return count("articles");
    }

    /** How many events are stored, over all articles. */
    public long eventCount() {
        return count("events");
    }

    /** Ids of the articles whose title or text matches the FTS5 query, best bm25 rank first. */
    public List<String> searchArticles(String ftsQuery, int limit) {
        requirePositive(limit);
        return read("search articles for " + ftsQuery, r -> r.corpus().searchArticles(ftsQuery, limit));
    }

    /** Quotes whose text or speaker name matches the FTS5 query, best bm25 rank first. */
    public List<StoredQuote> searchQuotes(String ftsQuery, int limit) {
        requirePositive(limit);
        return read("search quotes for " + ftsQuery, r -> r.corpus().searchQuotes(ftsQuery, limit));
    }

    /** Events whose coordinates lie in the box (bounds inclusive, degrees), in the order they were stored. */
    public List<StoredEvent> eventsWithin(double minLat, double maxLat, double minLon, double maxLon, int limit) {
        requirePositive(limit);
        if (!(minLat <= maxLat && minLon <= maxLon)) {
            throw new IllegalArgumentException("empty box: lat " + minLat + ".." + maxLat + ", lon " + minLon
                    + ".." + maxLon + " (a box across the antimeridian takes two calls)");
        }
        return read("find events within a box",
                r -> r.corpus().eventsWithin(minLat, maxLat, minLon, maxLon, limit));
    }

    // The read API over merged events, quotes, articles and entities (as of the last refresh()).

    /** The page of merged events the filter asks for, by first day, then key. */
    public List<MergedEvent> events(EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return read("read merged events", r -> r.queries().events(filter));
    }

    /**
     * Hands the merged events the filter asks for to {@code sink} one at a time as they are read, in the order of
     * {@link #events}, without holding them all; for exports. One read connection is busy until it returns.
     */
    public void exportEvents(EventFilter filter, Consumer<MergedEvent> sink) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sink, "sink");
        read("export merged events", r -> {
            r.queries().each(filter, sink);
            return null;
        });
    }

    /** As {@link #exportEvents}, each event with its reports. */
    public void exportEventsWithReports(EventFilter filter, Consumer<EventWithReports> sink) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sink, "sink");
        read("export merged events with their reports", r -> {
            r.queries().eachWithReports(filter, sink);
            return null;
        });
    }

    /** The merged event with this id ({@link MergedEvent#id()}), or empty. */
    public Optional<MergedEvent> event(String mergedEventId) {
        Objects.requireNonNull(mergedEventId, "mergedEventId");
        return read("read merged event " + mergedEventId, r -> r.queries().event(mergedEventId));
    }

    /** The reports of the merged event with this id ({@link MergedEvent#id()}), earliest first; empty if unknown. */
    public List<StoredReport> reports(String mergedEventId) {
        Objects.requireNonNull(mergedEventId, "mergedEventId");
        return read("read the reports of merged event " + mergedEventId, r -> r.queries().reports(mergedEventId));
    }

    /**
     * Quotes whose speaker's name holds {@code speaker} as whole words ("Zelensky", "volodymyr zelensky"; case
     * ignored), newest article first.
     */
    public List<QuoteRow> quotesBy(String speaker, int limit) {
        requireWords(speaker, "speaker");
        requirePositive(limit);
        return read("find quotes by " + speaker, r -> r.texts().quotesBy(speaker, limit));
    }

    /**
     * Articles whose title or text holds every word of {@code words} (plain words: quotes and FTS5 operators in them
     * are searched for as text), best bm25 rank first, each with a snippet; when more than 10,000 articles match,
     * the most recently stored first (ranking them all is too slow; add words to narrow the search).
     */
    public List<ArticleHit> search(String words, int limit) {
        requireWords(words, "search text");
        requirePositive(limit);
        return read("search articles for " + words, r -> r.texts().search(words, limit));
    }

    /**
     * What the corpus holds on a person or organisation: the stored entity name equal to {@code name} ignoring case,
     * else the most frequent one containing it (ending in it as a word first); empty when none matches. The quotes
     * and events are the newest {@code limit} of each.
     */
    public Optional<EntityProfile> entity(String name, int limit) {
        requireWords(name, "entity name");
        requirePositive(limit);
        return read("profile " + name, r -> r.entities().profile(name, limit));
    }

    /**
     * How many of the merged events the filter asks for begin in each day, week or month (its page ignored), in at
     * most about {@link Timeline#MAX_BINS} bins.
     */
    public Timeline timeline(EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return read("count merged events by day", r -> r.timelines().timeline(filter));
    }

    /**
     * What the filter selects in numbers (its page ignored), and how its choices of kind, country, area and actors
     * would count ({@link EventSummary}).
     */
    public EventSummary summary(EventFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return read("count merged events", r -> r.summaries().summary(filter));
    }

    /** A page of the stored articles, newest publication date first. */
    public List<ArticleSummary> recentArticles(int limit, int offset) {
        requirePositive(limit);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
        }
        return read("list articles", r -> r.corpus().recent(limit, offset));
    }

    /** The story of a stored article and the merged event of each of its events; empty if it is not stored. */
    public Optional<ArticleLinks> links(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return read("read the links of article " + articleId, r -> r.corpus().links(articleId));
    }

    /** The corpus in numbers: counts, the span of the merged events and how many there are of each kind. */
    public CorpusStats stats() {
        return read("count the corpus", r -> r.stats().stats());
    }

    /**
     * The quotes in the given articles said by one of {@code speakers} (the speaker's name equal to one, ignoring
     * case), earliest article first; e.g. what a merged event's assertors said in its reports.
     */
    public List<QuoteRow> quotesIn(Collection<String> articleIds, Collection<String> speakers, int limit) {
        requirePositive(limit);
        List<String> ids = articleIds.stream().distinct().toList();
        List<String> names = speakers.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty() || names.isEmpty()) {
            return List.of();
        }
        return read("read the quotes of " + ids.size() + " articles", r -> r.texts().quotesIn(ids, names, limit));
    }

    /**
     * A number that changes whenever a change to the file is committed, by this store or by another process: equal
     * numbers mean unchanged data (and merged events). For caches of what the reads return.
     */
    public long dataVersion() {
        try {
            return reads.dataVersion();
        } catch (SQLException e) {
            throw failure("read the data version", e);
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

    /** Closes the store, once the reads in progress have ended; later calls fail. */
    @Override
    public synchronized void close() {
        try {
            try {
                reads.close();
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private long count(String table) {
        return read("count " + table, r -> r.corpus().count(table));
    }

    /** Runs a read on a read-only connection; {@code operation} says what it was, should it fail. */
    private <T> T read(String operation, ReadPool.Read<T> read) {
        try {
            return reads.read(read);
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    private StoreException failure(String operation, SQLException e) {
        return SqliteFailures.of(file, operation, e);
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
