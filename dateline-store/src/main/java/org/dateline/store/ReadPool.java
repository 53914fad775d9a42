package org.dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.sqlite.SQLiteConfig;

/**
 * The read-only connections of a store, opened when first needed, at most {@code size}: reads run on them in
 * parallel with each other and with the writer (SQLite's WAL journal gives each read transaction the snapshot of the
 * last commit before it). Each read runs in one transaction, so that a read of several statements (a count, then the
 * page) sees one state even while a refresh commits. When all are busy, reads wait in the order they came (a fair
 * semaphore): under load no read waits much longer than the others. Thread-safe.
 */
final class ReadPool implements AutoCloseable {
    private final Path file;
    private final int size;
    private final StoreAccess access;
    private final Semaphore permits;
    private final Queue<Readers> idle = new ConcurrentLinkedQueue<>();
    private final List<Readers> opened = new ArrayList<>();
    private final Object versionLock = new Object();
    private Connection versions;
    private volatile boolean closed;

    /** One read-only connection and the readers over it. */
    record Readers(Connection connection, CorpusReader corpus, QueryReader queries, TextReader texts,
                   EntityReader entities, TimelineReader timelines, StatsReader stats, SummaryReader summaries) {
        static Readers over(Connection c) {
            CorpusReader corpus = new CorpusReader(c);
            return new Readers(c, corpus, new QueryReader(c), new TextReader(c), new EntityReader(c),
                    new TimelineReader(c), new StatsReader(c, corpus), new SummaryReader(c));
        }
    }

    /** A read over one connection's readers. */
    @FunctionalInterface
    interface Read<T> {
        T run(Readers readers) throws SQLException;
    }

    /** @param immutable whether the file is read as immutable (on a read-only disk or folder: {@link StoreAccess}) */
    ReadPool(Path file, int size, boolean immutable) {
        if (size < 1) {
            throw new IllegalArgumentException("a read pool needs at least 1 connection, got " + size);
        }
        this.file = file;
        this.size = size;
        this.access = immutable ? StoreAccess.IMMUTABLE : StoreAccess.READ_ONLY;
        this.permits = new Semaphore(size, true);
    }

    /** Runs {@code read} in a read transaction on an idle connection, waiting for one if all are busy. */
    <T> T read(Read<T> read) throws SQLException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to read " + file, e);
        }
        try {
            if (closed) {
                throw new StoreException("the store of " + file + " is closed");
            }
            Readers readers = idle.poll();
            if (readers == null) {
                readers = open();
            }
            try {
                Readers current = readers;
                return Transaction.run(current.connection(), () -> read.run(current));
            } finally {
                idle.add(readers);
            }
        } finally {
            permits.release();
        }
    }

    /**
     * SQLite's {@code data_version} as one connection of its own sees it: it changes whenever another connection (the
     * store's writer, another process) commits to the file, so that equal values mean unchanged data.
     */
    long dataVersion() throws SQLException {
        synchronized (versionLock) {
            if (closed) {
                throw new StoreException("the store of " + file + " is closed");
            }
            if (versions == null) {
                versions = connect();
            }
            try (Statement s = versions.createStatement(); ResultSet r = s.executeQuery("PRAGMA data_version")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** A new connection's readers (a permit guarantees fewer than {@code size} are open). */
    private synchronized Readers open() throws SQLException {
        Readers readers = Readers.over(connect());
        opened.add(readers);
        return readers;
    }

    private Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(CorpusStore.BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        return config.createConnection(access.url(file));
    }

    /** Closes every connection once the reads in progress have ended; later reads fail. */
    @Override
    public void close() throws SQLException {
        closed = true;
        permits.acquireUninterruptibly(size);
        SQLException failure = null;
        synchronized (this) {
            for (Readers r : opened) {
                try {
                    r.connection().close();
                } catch (SQLException e) {
                    failure = failure == null ? e : failure;
                }
            }
            opened.clear();
        }
        idle.clear();
        synchronized (versionLock) {
            if (versions != null) {
                try {
                    versions.close();
                } catch (SQLException e) {
                    failure = failure == null ? e : failure;
                }
                versions = null;
            }
        }
        permits.release(size);
        if (failure != null) {
            throw failure;
        }
    }
}
