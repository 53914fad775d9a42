package org.dateline.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dateline.model.lang.Lexicon;

/**
 * What the words between two place names of a sentence say of them, by the patterns of
 * {@code lang/en/place-relations.tsv}: that one lies in the other ("the Luhansk village of Bilohorivka", "X in the Y
 * region"), may lie in it ("X, Y"), or is near it ("X near Y"). Immutable and thread-safe.
 */
final class PlaceRelations {
    /** How two places named one after the other relate. */
    enum Relation {
        /** The text says one lies in the other. */
        IN,
        /** One is named beside the other ("X, Y", "X (Y)"), which may be its area or just the next of a list. */
        BESIDE,
        /** The text puts one near the other. */
        NEAR
    }

    /** Which of the two names is the one that lies in (or near) the other. */
    enum Order { FIRST_IN_SECOND, SECOND_IN_FIRST }

    /** A relation found: {@code inner} lies in or near {@code outer} (0 the first name of the pair, 1 the second). */
    record Found(Relation relation, boolean firstIsInner) {
    }

    private record Rule(Relation relation, Pattern gap, Order order) {
    }

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private final List<Rule> rules = new ArrayList<>();

    PlaceRelations() {
        Lexicon lexicon = Lexicon.load("en", "place-relations.tsv", 4);
        for (List<String> row : lexicon.rows()) {
            try {
                rules.add(new Rule(Relation.valueOf(row.get(0)), Pattern.compile(row.get(1)),
                        Order.valueOf(row.get(2))));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(lexicon.name() + ": bad row " + row + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The relation that the words between two names say, or null: the first rule in file order whose pattern matches
     * the whole gap (lower-cased, apostrophes straightened, white space collapsed to one space).
     */
    Found between(String gap) {
        String g = SPACE.matcher(gap.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").strip();
        for (Rule r : rules) {
            if (r.gap().matcher(g).matches()) {
                return new Found(r.relation(), r.order() == Order.FIRST_IN_SECOND);
            }
        }
        return null;
    }
}
