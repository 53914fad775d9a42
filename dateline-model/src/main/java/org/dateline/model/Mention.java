package org.dateline.model;

/**
 * One mention of an entity.
 *
 * @param kind NAME ("Volodymyr Zelensky"), SURNAME ("Mr Zelensky"), PRONOUN ("he") or DESCRIPTION ("the Ukrainian leader")
 */
public record Mention(String text, String kind, int start, int end, int sentence) implements Evidence {
}
