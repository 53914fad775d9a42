package org.dateline.eval.record;

import java.util.Locale;

/** Text as the gold's anchors are written: lower-case, curly quotes straightened, white space collapsed. */
final class Normalized {
    private Normalized() {
    }

    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(switch (c) {
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
                default -> c;
            });
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
