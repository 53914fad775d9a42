package org.dateline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** What the file system says about a store's file before SQLite opens it, and the cleaning up after a failed create. */
final class StoreFiles {
    private static final String[] COMPANIONS = {"-wal", "-shm", "-journal"};

    private StoreFiles() {
    }

    /** Refuses, with a message that says so, a missing file, a folder and an empty (0-byte) file. */
    static void requireCorpusFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreException.Kind.NO_CORPUS, file + " is a folder, not a corpus database",
                    null);
        }
        if (!Files.exists(file)) {
            throw new StoreException(StoreException.Kind.NO_CORPUS, "no database at " + file
                    + "; create it with: dateline ingest PATH...", null);
        }
        if (!Files.isReadable(file)) {
            throw new StoreException(StoreException.Kind.OTHER, "cannot read " + file + ": permission denied", null);
        }
        try {
            if (Files.size(file) == 0 && !Files.exists(companion(file, "-wal"))) {
                throw new StoreException(StoreException.Kind.NO_CORPUS, file + " is empty (0 bytes), not a corpus"
                        + " yet; create it with: dateline ingest --db " + file + " PATH...", null);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** How an existing file can be opened by this user: read and written, read only, or only as immutable. */
    static StoreAccess accessFor(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        boolean folderWritable = folder != null && Files.isWritable(folder);
        if (folderWritable && Files.isWritable(file)) {
            return StoreAccess.READ_WRITE;
        }
        return folderWritable ? StoreAccess.READ_ONLY : StoreAccess.IMMUTABLE;
    }

    /**
     * Refuses, before SQLite opens it, an existing file the file system says this user cannot write (the file, its
     * folder or its disk is read-only): nothing is analysed for a store that cannot take it.
     */
    static void requireWritableFile(Path file) {
        if (!Files.exists(file) || accessFor(file) == StoreAccess.READ_WRITE) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        throw new StoreException(StoreException.Kind.READ_ONLY, file + " cannot be written by this user (the"
                + (folder != null && !Files.isWritable(folder) ? " folder " + folder : " file") + " is read-only,"
                + " or its disk is), so Dateline cannot store articles in it; queries still work", null);
    }

    /** Refuses a store that refuses a write SQLite tries and rolls back (the file system may say otherwise). */
    static void requireWritable(Connection connection, int version) throws SQLException {
        if (version == 0) {
            return;
        }
        // a write of what is there, rolled back: refused on a file SQLite can only read (the file system may say
        // otherwise, e.g. to root)
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + version);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    /** Removes a store file this process created and could not open (a stub on a full disk), with its companions. */
    static void removeStub(Path file, Exception cause) {
        try {
            for (String suffix : COMPANIONS) {
                Files.deleteIfExists(companion(file, suffix));
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
