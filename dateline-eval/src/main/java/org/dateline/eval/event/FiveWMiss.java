package org.dateline.eval.event;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dateline.eval.Details;

/** A question of an article whose answer overlaps none of the annotated phrases; {@code answer} null for none. */
public record FiveWMiss(String id, Question question, String answer, List<String> gold) {

    public FiveWMiss {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        gold = List.copyOf(gold);
    }

    /** {@code ID question: system='answer' gold=['phrase', ...]}, with {@code system=none} for no answer. */
    public String detail() {
        return id + " " + question.key() + ": system=" + (answer == null ? "none" : quoted(answer))
                + " gold=" + gold.stream().map(FiveWMiss::quoted).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String quoted(String text) {
        return "'" + Details.oneLine(text) + "'";
    }
}
