package org.dateline.model.parse;

/**
 * A temporal expression as the tagger normalised it (SUTime's TIMEX3), before Dateline's corrections.
 *
 * @param value TIMEX3 value, or null when the tagger could not normalise it
 * @param mod   TIMEX3 mod, or null
 */
public record Timex(String text, String type, String value, String mod, int start, int end, int firstToken,
                    int endToken, int sentence) {
}
