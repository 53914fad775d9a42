package org.dateline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dateline.model.Span;

/** Arithmetic on possibly discontinuous spans, each given as a list of [start, end) fragments. */
final class Spans {

    private Spans() {
    }

    /** The same characters as sorted, disjoint, non-empty fragments; overlapping or touching fragments are merged. */
    static List<Span> normalize(List<Span> spans) {
        var sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        var merged = new ArrayList<Span>();
        for (Span span : sorted) {
            if (span.start() == span.end()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && span.start() <= merged.get(last).end()) {
                Span previous = merged.get(last);
                merged.set(last, new Span(previous.start(), Math.max(previous.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }

    /** Number of characters covered by both; 0 when they do not overlap. */
    static int overlap(List<Span> a, List<Span> b) {
        List<Span> x = normalize(a);
        List<Span> y = normalize(b);
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < x.size() && j < y.size()) {
            Span s = x.get(i);
            Span t = y.get(j);
            shared += Math.max(0, Math.min(s.end(), t.end()) - Math.max(s.start(), t.start()));
            if (s.end() <= t.end()) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** Number of characters covered. */
    static int length(List<Span> spans) {
        return normalize(spans).stream().mapToInt(span -> span.end() - span.start()).sum();
    }

    /**
     * Each fragment without whitespace and punctuation (Unicode P* categories, quotation marks included) at its
     * ends; fragments left empty are dropped, the rest normalised.
     */
    static List<Span> trim(List<Span> spans, String text) {
        var trimmed = new ArrayList<Span>();
        for (Span span : spans) {
            int start = span.start();
            int end = span.end();
            while (start < end && isTrimmable(text.charAt(start))) {
                start++;
            }
            while (end > start && isTrimmable(text.charAt(end - 1))) {
                end--;
            }
            trimmed.add(new Span(start, end));
        }
        return normalize(trimmed);
    }

    static void checkInside(List<Span> spans, String text, String what) {
        for (Span span : spans) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException(what + " span " + span.start() + ".." + span.end()
                        + " ends after the text (length " + text.length() + ")");
            }
        }
    }

    private static boolean isTrimmable(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
