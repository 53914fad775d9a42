package org.dateline.eval;

/**
 * A temporal expression found by the system under evaluation.
 *
 * @param start offset into the plain text the system was given
 * @param end   offset after the last character
 * @param type  TIMEX3 type, or null when the system gives none
 * @param value TIMEX3 value, or null when the system could not normalise the expression
 */
public record PredictedTimex(int start, int end, String type, String value) {
    public PredictedTimex {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad predicted timex offsets " + start + ".." + end);
        }
    }
}
