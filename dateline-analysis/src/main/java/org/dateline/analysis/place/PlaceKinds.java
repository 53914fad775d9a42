package org.dateline.analysis.place;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.lang.Lexicon;

/** The kind words of {@code place-kinds.tsv}, by position. */
final class PlaceKinds {
    enum Position { AFTER, BEFORE, OF }

    record KindWord(String kind, boolean keep) {
    }

    private final Map<Position, Map<String, KindWord>> byPosition = new HashMap<>();

    PlaceKinds() {
        for (Position p : Position.values()) {
            byPosition.put(p, new HashMap<>());
        }
        for (List<String> row : Lexicon.load("en", "place-kinds.tsv", 4).rows()) {
            byPosition.get(Position.valueOf(row.get(2))).put(row.get(0).toLowerCase(Locale.ROOT),
                    new KindWord(row.get(1), row.get(3).equals("yes")));
        }
    }

    KindWord get(Position position, String word) {
        return byPosition.get(position).get(word.toLowerCase(Locale.ROOT));
    }
}
