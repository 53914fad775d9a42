package org.dateline.geo;

import java.io.IOException;
import java.nio.file.Path;

/** A gazetteer source that cannot be read as its format says: names the file and, where known, the line. */
public final class GazetteerFormatException extends IOException {
    public GazetteerFormatException(Path file, long line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
    }
}
