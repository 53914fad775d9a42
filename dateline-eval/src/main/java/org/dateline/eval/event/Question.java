package org.dateline.eval.event;

import java.util.Locale;

/** The four of Giveme5W1H's questions that are scored. */
public enum Question {
    WHO, WHAT, WHEN, WHERE;

    /** The lower-case name, as in the gold JSON and the report figures. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
