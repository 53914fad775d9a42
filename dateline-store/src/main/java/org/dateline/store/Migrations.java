package org.dateline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises Dateline databases and brings them to the latest schema. A file is ours when its
 * {@code PRAGMA application_id} is {@link #APPLICATION_ID}; its schema version is {@code PRAGMA user_version}.
 * Migration {@code n} is the resource {@code migrations/Vn__*.sql}, run in one transaction that also sets
 * {@code user_version = n}.
 */
final class Migrations {
    /** {@code PRAGMA application_id} of every Dateline store: the ASCII bytes "DTLN". */
    static final int APPLICATION_ID = 0x44544C4E;
    private static final List<String> SCRIPTS = List.of("V1__corpus.sql", "V2__place_geonames.sql",
            "V3__stories_and_merged_events.sql", "V4__search_and_query_indexes.sql",
            "V5__incremental_merge_and_sources.sql");
    /** The schema version this code writes and reads. */
    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    /**
     * Checks, without writing anything, that the database is empty or a Dateline store no newer than
     * {@link #LATEST}, and returns its schema version (0 when empty).
     */
    static int check(Connection connection, Path file) {
        try {
            int applicationId = intPragma(connection, "application_id");
            int version = intPragma(connection, "user_version");
            if (applicationId == 0 && version == 0 && isEmpty(connection)) {
                return 0;
            }
            if (applicationId != APPLICATION_ID) {
                throw new StoreException(StoreException.Kind.NOT_OURS, file + " is not a Dateline database"
                        + " (application_id " + applicationId + ", expected " + APPLICATION_ID + ")", null);
            }
            if (version > LATEST) {
                throw new StoreException(StoreException.Kind.NEWER, file + " has Dateline schema version " + version
                        + ", newer than the " + LATEST + " this code knows; use a newer Dateline", null);
            }
            return version;
        } catch (SQLException e) {
            throw SqliteFailures.of(file, "read its schema", e);
        }
    }

    /**
     * Applies the migrations after {@code from} up to and including {@code to}, each in its own transaction; one
     * that another connection applied meanwhile (user_version already there inside the transaction) is skipped.
     */
    static void migrate(Connection connection, int from, int to) throws SQLException {
        for (int version = from + 1; version <= to; version++) {
            int next = version;
            Transaction.run(connection, () -> {
                try (Statement statement = connection.createStatement()) {
                    if (intPragma(connection, "user_version") < next) {
                        if (next == 1) {
                            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                        }
                        for (String sql : statements(SCRIPTS.get(next - 1))) {
                            statement.execute(sql);
                        }
                        statement.execute("PRAGMA user_version = " + next);
                    }
                }
                return null;
            });
        }
    }

    static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rows.next();
            return rows.getLong(1) == 0;
        }
    }

    /**
     * Splits a script into statements: full-line {@code --} comments are dropped, a statement ends with a line
     * ending in {@code ;}, except inside {@code CREATE TRIGGER}, which ends with {@code END;}.
     */
    static List<String> statements(String script) {
        String text = load(script);
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            boolean trigger = current.toString().stripLeading().toUpperCase().startsWith("CREATE TRIGGER");
            if (trimmed.endsWith(";") && (!trigger || trimmed.equalsIgnoreCase("END;"))) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration " + script + " ends inside a statement: " + current);
        }
        return statements;
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration resource missing: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
    }
}
