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

    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
