package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction of a connection: committed when it returns, rolled back when it throws. */
final class Transaction {
    private Transaction() {
    }

    /** Work on the connection that may fail with an SQL error. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs the work. When it or the commit fails, the rollback's own failure (SQLite may have rolled back already,
     * after a full disk: "no transaction is active") is kept as suppressed, never thrown in place of the cause.
     */
    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable; the failure above (if any) says why
            }
        }
    }
}
