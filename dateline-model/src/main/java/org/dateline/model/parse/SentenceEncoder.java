package org.dateline.model.parse;

/**
 * Turns a sentence into a vector that places sentences of like meaning near each other (a sentence embedding).
 * Implementations are thread-safe: one instance serves many articles at once.
 */
public interface SentenceEncoder {

    /** The sentence as a vector of {@link #dimension()} numbers. */
    float[] encode(String sentence);

    int dimension();

    /** The model's name, recorded with what is trained on its vectors ("all-MiniLM-L6-v2-q"). */
    String name();
}
