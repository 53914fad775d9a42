package org.dateline.eval.event;

import java.util.Objects;

/** One snippet of CASE 2021 Task 2 with its gold event subtype ({@code AIR_STRIKE}, {@code ARREST}, ...). */
public record CaseSnippet(String id, String text, String label) {

    public CaseSnippet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        if (id.isBlank() || label.isBlank()) {
            throw new IllegalArgumentException("snippet without id or label: id '" + id + "', label '" + label + "'");
        }
    }
}
