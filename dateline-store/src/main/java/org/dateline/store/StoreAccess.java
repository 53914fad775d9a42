package org.dateline.store;

import java.nio.file.Path;

/** How a store's file is opened. */
enum StoreAccess {
    /** Read and written: the file and its folder can be written. */
    READ_WRITE,
    /** Read only: the file cannot be written, its folder can (SQLite keeps its shared-memory index there). */
    READ_ONLY,
    /**
     * Read only, as an immutable file (no locks, no shared-memory index): on a read-only disk or in a folder this user
     * cannot write, where SQLite could not even read a WAL database otherwise.
     */
    IMMUTABLE;

    /** The JDBC URL of {@code file} opened this way. */
    String url(Path file) {
        Path absolute = file.toAbsolutePath();
        return this == IMMUTABLE ? "jdbc:sqlite:" + absolute.toUri() + "?immutable=1" : "jdbc:sqlite:" + absolute;
    }
}
