package org.dateline.model.parse;

/**
 * A passage in quotation marks found by the tagger.
 *
 * @param start offset of the opening mark
 * @param end   offset after the closing mark
 */
public record QuoteSpan(int start, int end) {
}
