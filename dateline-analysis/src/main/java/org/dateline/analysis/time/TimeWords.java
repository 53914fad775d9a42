package org.dateline.analysis.time;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.lang.Lexicon;

/** The words of {@code time-words.tsv}, by kind. */
final class TimeWords {
    enum Kind {
        WEEKDAY, WEEKEND, MONTH, PAST_MARK, FUTURE_MARK, FUTURE_AUX, PAST_PREPOSITION, CLOCK_MARK, UNIT, QUARTER,
        QUARTER_ORDINAL, YEAR_BEFORE, YEAR_BEFORE_PART, PERFECT_AUX, INFINITIVE_MARK
    }

    record Word(Kind kind, String value) {
    }

    private final Map<String, Word> words = new HashMap<>();
    private final Map<Kind, Set<String>> byKind = new EnumMap<>(Kind.class);

    TimeWords() {
        for (Kind k : Kind.values()) {
            byKind.put(k, new HashSet<>());
        }
        for (List<String> row : Lexicon.load("en", "time-words.tsv", 3).rows()) {
            String word = row.get(0).toLowerCase(Locale.ROOT);
            Word w = new Word(Kind.valueOf(row.get(1)), row.get(2));
            if (words.putIfAbsent(word, w) != null) {
                throw new IllegalStateException("time-words.tsv: '" + word + "' is listed twice");
            }
            byKind.get(w.kind()).add(word);
        }
    }

    Word get(String token) {
        return words.get(token.toLowerCase(Locale.ROOT));
    }

    boolean is(String token, Kind kind) {
        Word w = get(token);
        return w != null && w.kind() == kind;
    }

    /** The words of one kind, in lower case. */
    Set<String> of(Kind kind) {
        return java.util.Collections.unmodifiableSet(byKind.get(kind));
    }
}
