package org.dateline.model;

/** A title or office stated in the text for a person ("President", "governor of Luhansk"). */
public record Title(String text, int start, int end, int sentence) implements Evidence {
}
