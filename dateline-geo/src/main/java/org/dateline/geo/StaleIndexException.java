package org.dateline.geo;

import java.io.IOException;
import java.nio.file.Path;

/** A gazetteer index built by another version of Dateline (another layout or other name rules): rebuild it. */
public final class StaleIndexException extends IOException {
    private final Path file;

    public StaleIndexException(Path file, String builtAs) {
        super(file + " was built by another version of Dateline (" + builtAs + "); rebuild it with: dateline"
                + " gazetteer build");
        this.file = file;
    }

    /** The index file. */
    public Path file() {
        return file;
    }
}
