package org.dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQLite's integrity checks over a store: the quick one before writing, the full one for {@code dateline check}. */
final class Integrity {
    private Integrity() {
    }

    /** Refuses a store that fails {@code PRAGMA quick_check}: nothing is written into a damaged file. */
    static void requireQuickCheck(Connection connection, Path file) {
        List<String> problems;
        try {
            problems = problems(connection, "quick_check");
        } catch (SQLException e) {
            throw SqliteFailures.corrupt(file, "store articles in it", e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw SqliteFailures.corrupt(file, "store articles in it", "the quick integrity check says: "
                    + problems.get(0) + (problems.size() > 1 ? " and more" : ""), null);
        }
    }

    /** The full check of a store of this schema version. */
    static IntegrityReport fullCheck(Connection connection, Path file, int version) throws SQLException {
        try {
            return new IntegrityReport(file, version, problems(connection, "integrity_check"));
        } catch (SQLException e) {
            if (SqliteFailures.primaryCode(e) == 11) {
                return new IntegrityReport(file, version, List.of(String.valueOf(e.getMessage())));
            }
            throw e;
        }
    }

    private static List<String> problems(Connection connection, String pragma) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma + "(" + IntegrityReport.MAX_PROBLEMS + ")")) {
            while (rows.next()) {
                String line = rows.getString(1);
                if (!"ok".equals(line)) {
                    problems.add(line);
                }
            }
        }
        return problems;
    }
}
