package org.dateline.analysis.time;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.lang.Lexicon;

/** The words of {@code time-words.tsv}, by kind. */
final class TimeWords {
    enum Kind { WEEKDAY, WEEKEND, MONTH, PAST_MARK, FUTURE_MARK, FUTURE_AUX, PAST_PREPOSITION, CLOCK_MARK }

    record Word(Kind kind, String value) {
    }

    private final Map<String, Word> words = new HashMap<>();

    TimeWords() {
        for (List<String> row : Lexicon.load("en", "time-words.tsv", 3).rows()) {
            words.put(row.get(0).toLowerCase(Locale.ROOT), new Word(Kind.valueOf(row.get(1)), row.get(2)));
        }
    }

    Word get(String token) {
        return words.get(token.toLowerCase(Locale.ROOT));
    }

    boolean is(String token, Kind kind) {
        Word w = get(token);
        return w != null && w.kind() == kind;
    }
}
