package org.dateline.geo;

import java.nio.file.Path;

/** Where the default gazetteer index lives. */
public final class GazetteerLocation {
    private GazetteerLocation() {
    }

    /**
     * The system property {@code dateline.gazetteer}, else the environment variable {@code DATELINE_GAZETTEER}, else
     * {@code data/gazetteer.db} under the installation ({@code dateline.home}, set by the launcher) or the working
     * directory.
     */
    public static Path defaultIndex() {
        String p = System.getProperty("dateline.gazetteer", System.getenv("DATELINE_GAZETTEER"));
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        return Path.of(System.getProperty("dateline.home", ".")).resolve("data").resolve("gazetteer.db");
    }
}
