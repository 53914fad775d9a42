package org.dateline.store;

import java.util.Objects;

/**
 * A corpus store could not be opened, read or written; the message names the file or the failed operation and says
 * what is true (read-only, disk full, damaged, not ours, newer), and {@link #kind()} says it to code.
 */
public final class StoreException extends RuntimeException {
    /** Why a store failed, as far as SQLite and the file system tell. */
    public enum Kind {
        /** The file, its folder or its disk cannot be written; queries may still work. */
        READ_ONLY,
        /** The disk is full. */
        DISK_FULL,
        /** The file is damaged ({@code dateline check} says how). */
        CORRUPT,
        /** The file is not a Dateline database (another program's, or not SQLite at all). */
        NOT_OURS,
        /** The file was written by a newer Dateline. */
        NEWER,
        /** The file is missing or empty: not a corpus yet. */
        NO_CORPUS,
        /** Another process holds the file longer than the busy timeout. */
        BUSY,
        /** Anything else: an I/O error, a closed store, an SQL error. */
        OTHER
    }

    private final Kind kind;

    StoreException(String message) {
        this(Kind.OTHER, message, null);
    }

    StoreException(String message, Throwable cause) {
        this(Kind.OTHER, message, cause);
    }

    StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** Why it failed. */
    public Kind kind() {
        return kind;
    }
}
