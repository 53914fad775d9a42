package org.dateline.model.parse;

/**
 * A sentence: its character span and its token range [firstToken, endToken).
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {
}
