package org.dateline.readers;

import java.time.LocalDate;

/**
 * What the caller tells every reader.
 *
 * @param date     publication date for articles whose input does not state one ({@code --date}), or null
 * @param source   outlet for articles whose input does not name one, or null
 * @param maxChars longest article text accepted; a longer text is a {@link ReadProblem}, not a crash
 */
public record ReadOptions(LocalDate date, String source, int maxChars) {

    /** The default limit on the length of one article text. */
    public static final int DEFAULT_MAX_CHARS = 2_000_000;

    public ReadOptions {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, got " + maxChars);
        }
        if (source != null && source.isBlank()) {
            throw new IllegalArgumentException("source must be null or non-blank, got \"" + source + "\"");
        }
    }

    /** No date, no source, {@value #DEFAULT_MAX_CHARS} characters at most. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, null, DEFAULT_MAX_CHARS);
    }

    /** These options with {@code date} as the publication date. */
    public ReadOptions withDate(LocalDate date) {
        return new ReadOptions(date, source, maxChars);
    }

    /** These options with {@code source} as the outlet. */
    public ReadOptions withSource(String source) {
        return new ReadOptions(date, source, maxChars);
    }

    /** These options with another length limit. */
    public ReadOptions withMaxChars(int maxChars) {
        return new ReadOptions(date, source, maxChars);
    }
}
