package org.dateline.model.parse;

/**
 * A named-entity mention found by the tagger: a maximal run of tokens of one class.
 *
 * @param type   fine-grained class ("PERSON", "CITY", "COUNTRY", "TITLE", "NATIONALITY", ...)
 * @param coarse coarse class ("PERSON", "LOCATION", "ORGANIZATION", "MISC", ...)
 */
public record NamedMention(String text, String type, String coarse, int start, int end, int firstToken, int endToken,
                           int sentence) {
}
