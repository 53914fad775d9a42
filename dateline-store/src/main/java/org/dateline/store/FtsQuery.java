package org.dateline.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a user's words into an FTS5 query that means just those words: each is quoted as an FTS5 string (a double
 * quote inside is doubled), so that quotes, operators (AND, OR, NOT, NEAR), column filters, parentheses, stars and
 * carets in the input are searched for as text, never parsed as query syntax. A word without letters or digits
 * (FTS5's tokenizer makes no token of it) is dropped, and control characters count as spaces (FTS5's parser reads a
 * NUL as the end of the query).
 */
final class FtsQuery {
    private FtsQuery() {
    }

    /** Whether {@code text} has a letter or digit, that is something to search for. */
    static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * Every whitespace-separated word of {@code text} must occur in {@code column} (null: in any column); words
     * between double quotes must occur one after the other ({@code "mass grave" Izium}). An unclosed quote runs to
     * the end.
     */
    static String allWords(String column, String text) {
        List<String> terms = new ArrayList<>();
        String[] parts = text.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                if (hasWords(parts[i])) {
                    terms.add(term(column, parts[i].strip()));
                }
                continue;
            }
            for (String word : parts[i].strip().split("\\s+")) {
                if (hasWords(word)) {
                    terms.add(term(column, word));
                }
            }
        }
        return requireTerms(terms, text);
    }

    /** The words of {@code text} must occur one after the other in {@code column}. */
    static String phrase(String column, String text) {
        if (!hasWords(text)) {
            return requireTerms(List.of(), text);
        }
        return term(column, text.strip());
    }

    /** Both queries must match. */
    static String and(String left, String right) {
        return "(" + left + ") AND (" + right + ")";
    }

    private static String term(String column, String words) {
        String quoted = "\"" + words.replaceAll("\\p{Cntrl}", " ").replace("\"", "\"\"") + "\"";
        return column == null ? quoted : column + " : " + quoted;
    }

    private static String requireTerms(List<String> terms, String text) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("no letters or digits to search for in '" + text + "'");
        }
        return String.join(" AND ", terms);
    }
}
