package org.dateline.eval.geo;

import java.util.Objects;

/**
 * Something in a gold file that the reader worked around, with why: the document or toponym is kept (realigned,
 * undated) or left out, and the evaluation goes on.
 *
 * @param file     the gold file
 * @param line     the line of the element concerned
 * @param document the document's id
 * @param cause    what was wrong
 * @param message  what was found and what was done, in words
 */
public record ReaderNote(String file, int line, String document, Cause cause, String message) {

    /** What the reader found, as the category named in warnings and in the {@code --errors} file. */
    public enum Cause {
        /** A publication time that is no ISO date but reads as one ("Wed Nov 23, 2016 | 4:58pm EST"): kept. */
        TIME_FREE_FORM,
        /** A publication time that reads as no date: the document is kept undated. */
        TIME_UNREADABLE,
        /** An empty publication time: the document is kept undated. */
        TIME_MISSING,
        /** A toponym whose offsets were a few characters off its phrase: moved to the nearest occurrence. */
        OFFSET_REALIGNED,
        /** A toponym whose phrase is not near its offsets: left out. */
        OFFSET_SKIPPED,
        /** A toponym whose offsets fall outside the article text: left out. */
        OUTSIDE_TEXT;

        /** The category as written: lower case with hyphens ("offset-realigned"). */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public ReaderNote {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(message, "message");
    }

    /** One line for standard error: {@code file: line N: article ID: message [cause]}. */
    public String oneLine() {
        return file + ": line " + line + ": article " + document + ": " + message + " [" + cause.label() + "]";
    }
}
