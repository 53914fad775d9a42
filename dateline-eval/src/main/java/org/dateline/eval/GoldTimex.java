package org.dateline.eval;

import java.util.Objects;

/**
 * A TIMEX3 annotated inside the TEXT of a TimeML document.
 *
 * @param tid   the annotation id ("t83")
 * @param type  DATE, TIME, DURATION or SET
 * @param value the normalised value ("1997-10", "P1W", "PRESENT_REF")
 * @param text  the annotated words
 * @param start offset of the first character in the document's plain text
 * @param end   offset after the last character
 */
public record GoldTimex(String tid, String type, String value, String text, int start, int end) {
    public GoldTimex {
        Objects.requireNonNull(tid, "tid");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("timex " + tid + ": bad offsets " + start + ".." + end
                    + " for '" + text + "'");
        }
    }
}
