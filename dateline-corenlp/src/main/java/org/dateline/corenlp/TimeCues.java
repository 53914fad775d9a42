package org.dateline.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.lang.Lexicon;

/**
 * Whether a sentence can hold a time expression: one of its tokens, whole or a part between hyphens and slashes,
 * is a time word ({@code lang/en/time-cues.txt}: named days and months, units, parts of the day, seasons,
 * holidays, reference words such as "now" and "ago") or holds a digit. A sentence without any is parsed without
 * SUTime, which finds nothing there; {@code SelectiveParseTest} checks that on real news.
 */
final class TimeCues {

    private final Set<String> words;

    TimeCues(Set<String> words) {
        this.words = Set.copyOf(Objects.requireNonNull(words, "words"));
    }

    static TimeCues english() {
        return new TimeCues(Lexicon.load("en", "time-cues.txt", 1).words());
    }

    /** True when any of the words may belong to a time expression. */
    boolean mayHoldTime(List<String> sentenceWords) {
        for (String w : sentenceWords) {
            if (isCue(w)) {
                return true;
            }
        }
        return false;
    }

    boolean isCue(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true; // a number: SUTime's number rules also decide PERCENT and MONEY ("85 percent")
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (known(lower)) {
            return true;
        }
        for (String part : lower.split("[-/]")) {
            if (!part.equals(lower) && known(part)) {
                return true;
            }
        }
        return false;
    }

    /** A word of the list, also written with a final full stop ("Sept.", "Jan."). */
    private boolean known(String lower) {
        return words.contains(lower) || lower.endsWith(".") && words.contains(lower.substring(0, lower.length() - 1));
    }
}
