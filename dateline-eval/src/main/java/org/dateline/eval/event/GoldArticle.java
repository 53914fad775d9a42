package org.dateline.eval.event;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Giveme5W1H gold article.
 *
 * @param id          the file name without {@code .json}
 * @param description null when the file has none
 * @param publishDate null when the file has none
 * @param phrases     the non-blank annotated phrases of each question; every question is a key, perhaps with an
 *                    empty list
 */
public record GoldArticle(String id, String title, String description, String text, LocalDate publishDate,
                          Map<Question, List<String>> phrases) {

    public GoldArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        var all = new EnumMap<Question, List<String>>(Question.class);
        for (Question question : Question.values()) {
            List<String> given = phrases.getOrDefault(question, List.of());
            if (given.stream().anyMatch(phrase -> phrase == null || phrase.isBlank())) {
                throw new IllegalArgumentException("article " + id + ": blank " + question.key() + " phrase");
            }
            all.put(question, List.copyOf(given));
        }
        phrases = Collections.unmodifiableMap(all);
    }

    public List<String> phrases(Question question) {
        return phrases.get(question);
    }

    /** The same article without the gold phrases, as a system under evaluation sees it. */
    public GoldArticle withoutPhrases() {
        return new GoldArticle(id, title, description, text, publishDate, Map.of());
    }
}
