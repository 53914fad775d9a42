package org.dateline.analysis.place;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.parse.ParsedText;

/**
 * Tells whether a place name stands for its government, army or people in its sentence ("Kyiv seeks more
 * arms", "Moscow's occupation forces", "a Moscow-backed administration"), so that it never becomes a location.
 */
final class Metonymy {
    private final Set<String> subjectVerbs = new HashSet<>();
    private final Set<String> parts = new HashSet<>();
    private final Set<String> suffixes = new HashSet<>();

    Metonymy() {
        for (List<String> row : Lexicon.load("en", "metonymy.tsv", 2).rows()) {
            String w = row.get(0).toLowerCase(Locale.ROOT);
            switch (row.get(1)) {
                case "SUBJECT" -> subjectVerbs.add(w);
                case "POSSESSED_PART" -> parts.add(w);
                case "SUFFIX" -> suffixes.add(w);
                default -> throw new IllegalStateException("metonymy.tsv: unknown relation " + row.get(1));
            }
        }
    }

    /** Whether the name whose tokens are [first, end) with head {@code head} is used metonymically. */
    boolean isMetonym(ParsedText p, int first, int end, int head) {
        String rel = p.relation(head);
        int gov = p.head(head);
        if (gov >= 0 && rel.startsWith("nsubj") && subjectVerbs.contains(p.token(gov).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (rel.equals("obl:agent")) {
            return true;
        }
        if (gov >= 0 && rel.equals("nmod:poss") && !parts.contains(p.token(gov).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (end + 1 < p.tokens().size() && p.token(end).text().equals("-")
                && suffixes.contains(p.token(end + 1).text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String last = p.token(end - 1).text().toLowerCase(Locale.ROOT);
        int dash = last.lastIndexOf('-');
        return dash > 0 && suffixes.contains(last.substring(dash + 1));
    }
}
