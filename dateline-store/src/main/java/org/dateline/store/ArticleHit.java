package org.dateline.store;

import java.util.ArrayList;
import java.util.List;

/**
 * An article found by a full-text search.
 *
 * @param id       the article id
 * @param date     its publication date, yyyy-mm-dd
 * @param title    its title, or null
 * @param source   its outlet, or null
 * @param snippet  the best-matching passage as plain text, cuts marked with an ellipsis
 * @param marks    where the matched words are in the snippet, in order
 * @param headline its title, or its dateline and first words when it has none
 */
public record ArticleHit(String id, String date, String title, String source, String snippet, List<Mark> marks,
                         String headline) {
    /** SQLite's snippet() wraps each match in these; they never occur in stored text ({@link #snippetOf}). */
    static final char OPEN = '\u0002';
    static final char CLOSE = '\u0003';

    public ArticleHit {
        marks = List.copyOf(marks);
        for (Mark m : marks) {
            if (m.end() > snippet.length()) {
                throw new IllegalArgumentException("a mark ends after the snippet: " + m + " in " + snippet.length()
                        + " characters");
            }
        }
    }

    /**
     * A matched passage in the snippet: UTF-16 offsets, {@code start < end}.
     *
     * @param start the first character
     * @param end   after the last
     */
    public record Mark(int start, int end) {
        public Mark {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a mark needs 0 <= start < end, got " + start + ", " + end);
            }
        }
    }

    /** The snippet with its matches in brackets, for a terminal: "… the [shelling] of …". */
    public String bracketed() {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mark m : marks) {
            out.append(snippet, at, m.start()).append('[').append(snippet, m.start(), m.end()).append(']');
            at = m.end();
        }
        return out.append(snippet, at, snippet.length()).toString();
    }

    /**
     * The plain text and marks of a snippet whose matches SQLite wrapped in {@link #OPEN} and {@link #CLOSE}; other
     * control characters of the text are dropped, and a mark left open runs to the end.
     */
    static ArticleHit of(String id, String date, String title, String source, String marked, String headline) {
        StringBuilder text = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        int open = -1;
        String s = marked == null ? "" : marked;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == OPEN) {
                open = text.length();
            } else if (c == CLOSE) {
                if (open >= 0 && text.length() > open) {
                    marks.add(new Mark(open, text.length()));
                }
                open = -1;
            } else if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
                text.append(c);
            }
        }
        if (open >= 0 && text.length() > open) {
            marks.add(new Mark(open, text.length()));
        }
        return new ArticleHit(id, date, title, source, text.toString(), marks, headline);
    }
}
