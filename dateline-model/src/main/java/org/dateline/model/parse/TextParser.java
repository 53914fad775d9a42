package org.dateline.model.parse;

import java.time.LocalDate;

/**
 * Tokenises, tags and parses a text. Implementations are thread-safe: one instance serves many articles at once.
 */
public interface TextParser {

    /**
     * @param text         the text to parse
     * @param documentDate the date relative time expressions are resolved against
     */
    ParsedText parse(String text, LocalDate documentDate);
}
