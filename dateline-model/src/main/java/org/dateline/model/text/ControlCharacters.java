package org.dateline.model.text;

/**
 * Makes text safe to print on a terminal in one line: control characters (C0, DEL, C1), line and paragraph
 * separators and the bidirectional overrides are written as escapes ({@code \n}, {@code \t}, {@code \x1b},
 * {@code \u202e}), and a backslash as {@code \\}, so a file name holding a newline or an ANSI sequence can neither
 * split an error line nor change the terminal.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The text with its control characters escaped; the same string when it has none. */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(c -> needsEscape(c) || c == '\\')) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (!needsEscape(c)) {
                        out.append((char) c);
                    } else if (c < 0x100) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.append(String.format("\\u%04x", c));
                    }
                }
            }
        });
        return out.toString();
    }

    /** Whether the character would move the cursor, start an escape sequence or reorder what follows. */
    static boolean needsEscape(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
