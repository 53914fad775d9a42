package org.dateline.model;

/**
 * A count with what it counts: "146 bodies".
 *
 * @param value   the number
 * @param counted what is counted, as written ("bodies")
 * @param lemma   what is counted, lemmatised ("body")
 */
public record Quantity(String text, double value, String counted, String lemma, int start, int end, int sentence)
        implements Evidence {
}
