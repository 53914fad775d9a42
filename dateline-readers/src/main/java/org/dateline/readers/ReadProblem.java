package org.dateline.readers;

import java.nio.file.Path;
import java.util.Objects;
import org.dateline.model.text.ControlCharacters;

/**
 * Why one record of a file, or the whole file, could not be read.
 *
 * @param file     the file read
 * @param location where in the file: "line 12", "record 3", "NEWID 17"; null when the problem is the whole file
 * @param message  what is wrong, in one line: "not JSON (Unexpected character ...)"
 */
public record ReadProblem(Path file, String location, String message) {

    public ReadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (message.isBlank() || message.contains("\n")) {
            throw new IllegalArgumentException("a problem message is one non-blank line, got \"" + message + "\"");
        }
        if (location != null && location.isBlank()) {
            throw new IllegalArgumentException("location is null or non-blank");
        }
    }

    /** A problem of the whole file. */
    public static ReadProblem of(Path file, String message) {
        return new ReadProblem(file, null, message);
    }

    /**
     * One line naming the file, the location and the problem: {@code data/x.jsonl line 12: not JSON (...)}; control
     * characters in a file name or a location (a NEWID holding a newline) are escaped ({@link ControlCharacters}).
     */
    @Override
    public String toString() {
        return ControlCharacters.escape(file + (location == null ? "" : " " + location) + ": " + message);
    }
}
