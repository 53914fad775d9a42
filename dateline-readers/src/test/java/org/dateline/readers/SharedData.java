package org.dateline.readers;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the {@code shared/} folder of data that sits beside the project for developers and CI (never part of the
 * repository): the system property {@code dateline.shared}, else a {@code shared} folder next to the working folder
 * or one of its parents. Tests that use it are skipped, saying what is missing, when it is not there.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The path of {@code relative} inside the shared folder; it may not exist. */
    public static Path path(String relative) {
        String configured = System.getProperty("dateline.shared");
        if (configured != null) {
            return Path.of(configured).resolve(relative);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path shared = dir.resolve("shared");
            if (Files.exists(shared.resolve(relative))) {
                return shared.resolve(relative);
            }
        }
        return Path.of("..", "shared").resolve(relative);
    }
}
