package org.dateline.spark;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code shared/} data beside the project (never part of the repository): the system property
 * {@code dateline.shared}, else a {@code shared} folder next to the working folder or one of its parents.
 */
final class SharedPaths {
    private SharedPaths() {
    }

    static Path reuters() {
        String relative = "data/corpus/reuters21578";
        String configured = System.getProperty("dateline.shared");
        if (configured != null) {
            return Path.of(configured).resolve(relative);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared").resolve(relative))) {
                return dir.resolve("shared").resolve(relative);
            }
        }
        return Path.of("..", "shared").resolve(relative);
    }
}
