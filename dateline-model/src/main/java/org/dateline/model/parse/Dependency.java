package org.dateline.model.parse;

/**
 * A Universal Dependencies relation between two tokens (document token indices).
 *
 * @param head      index of the governor, or -1 for the root of the sentence
 * @param relation  relation name with subtype ("nsubj", "obl:tmod", "nmod:poss")
 */
public record Dependency(int head, int dependent, String relation) {
}
