package org.dateline.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What SQLite's full integrity check ({@code PRAGMA integrity_check}) found in a store.
 *
 * @param file          the store
 * @param schemaVersion its Dateline schema version
 * @param problems      what is wrong, one line each (at most {@link #MAX_PROBLEMS}); empty when it is sound
 */
public record IntegrityReport(Path file, int schemaVersion, List<String> problems) {
    /** Problems listed at most. */
    public static final int MAX_PROBLEMS = 20;

    public IntegrityReport {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
    }

    /** Whether the check found nothing wrong. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** How to get a sound corpus back, one step a line. */
    public List<String> recovery() {
        return List.of("restore " + file + " from a backup, if there is one; or",
                "ingest the same sources again into a new file (dateline ingest --db NEW.db PATH...); or",
                "salvage what SQLite can still read: sqlite3 " + file + " .recover | sqlite3 recovered.db"
                        + " (then dateline check --db recovered.db)",
                "Dateline refuses to write to " + file + " until it passes this check.");
    }
}
