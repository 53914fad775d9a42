package org.dateline.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns SQLite's errors into a {@link StoreException} whose message says what is true of the file: read-only, disk
 * full, damaged, not a database, busy; never "not a Dateline database" for a file that could not be read at all.
 */
final class SqliteFailures {
    private static final int READONLY = 8;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int PERM = 3;
    private static final int IOERR = 10;

    private SqliteFailures() {
    }

    /**
     * The failure of {@code operation} ("store a batch of 3 articles") on {@code file}.
     *
     * @param e the error SQLite gave (a rolled-back commit's own error is its cause or first suppressed one)
     */
    static StoreException of(Path file, String operation, SQLException e) {
        SQLException root = rootOf(e);
        String detail = detail(root);
        return switch (primaryCode(root)) {
            case READONLY -> new StoreException(StoreException.Kind.READ_ONLY, file + " is read-only, so Dateline"
                    + " cannot " + operation + " (" + detail + "; the file, its folder or its disk cannot be written"
                    + " by this user; queries still work)", e);
            case FULL -> new StoreException(StoreException.Kind.DISK_FULL, "the disk holding " + file + " is full,"
                    + " so Dateline cannot " + operation + "; free some space and run it again (what was committed"
                    + " before is kept)", e);
            case CORRUPT -> corrupt(file, operation, detail, e);
            case NOTADB -> new StoreException(StoreException.Kind.NOT_OURS, file + " is not a Dateline database"
                    + " (not an SQLite file: " + detail + ")", e);
            case BUSY, LOCKED -> new StoreException(StoreException.Kind.BUSY, "cannot " + operation + " in " + file
                    + ": another process holds it (" + detail + "); try again when it is done", e);
            case CANTOPEN, PERM -> new StoreException(StoreException.Kind.OTHER, "cannot " + operation + " in " + file
                    + ": " + detail + " (check that its folder exists and this user may read it)", e);
            case IOERR -> new StoreException(StoreException.Kind.OTHER, "cannot " + operation + " in " + file
                    + ": an I/O error (" + detail + ")", e);
            default -> new StoreException(StoreException.Kind.OTHER, "cannot " + operation + " in " + file + ": "
                    + detail, e);
        };
    }

    /** The file is damaged: writes are refused, and {@code dateline check} says how to recover. */
    static StoreException corrupt(Path file, String operation, String detail, Throwable cause) {
        return new StoreException(StoreException.Kind.CORRUPT, file + " is damaged (" + detail + "), so Dateline"
                + " cannot " + operation + "; run: dateline check --db " + file, cause);
    }

    /** SQLite's primary result code (the low byte of an extended one), or -1 for an error of the driver. */
    static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() != null
                && s.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR) {
            return s.getResultCode().code & 0xff;
        }
        return e.getErrorCode() > 0 ? e.getErrorCode() & 0xff : -1;
    }

    /**
     * The error that started it: a commit or rollback that fails because SQLite already rolled back after a full
     * disk ("no transaction is active") carries the statement's own error as suppressed or cause.
     */
    private static SQLException rootOf(SQLException e) {
        if (primaryCode(e) > 0) {
            return e;
        }
        for (Throwable s : e.getSuppressed()) {
            if (s instanceof SQLException q && primaryCode(q) > 0) {
                return q;
            }
        }
        return e.getCause() instanceof SQLException c && primaryCode(c) > 0 ? c : e;
    }

    /** SQLite's own words, without the code in brackets: "database or disk is full". */
    private static String detail(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int open = message.lastIndexOf(" (");
        if (message.startsWith("[") && open > 0 && message.endsWith(")")) {
            return message.substring(open + 2, message.length() - 1);
        }
        return message;
    }
}
