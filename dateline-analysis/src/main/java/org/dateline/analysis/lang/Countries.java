package org.dateline.analysis.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.lang.Lexicon;

/**
 * Countries with their names, demonyms and capitals, from {@code lang/en/countries.tsv}. Immutable.
 */
public final class Countries {

    /** One country row. */
    public record Country(String iso2, String name, List<String> alternateNames, List<String> demonyms,
                          List<String> capitals) {
    }

    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byDemonym = new HashMap<>();
    private final Map<String, Country> byCapital = new HashMap<>();

    private Countries(Lexicon lexicon) {
        for (List<String> row : lexicon.rows()) {
            Country c = new Country(row.get(0), row.get(1), Lexicon.values(row.get(2)), Lexicon.values(row.get(3)),
                    Lexicon.values(row.get(4)));
            byName.putIfAbsent(key(c.name()), c);
            c.alternateNames().forEach(n -> byName.putIfAbsent(key(n), c));
            c.demonyms().forEach(d -> byDemonym.putIfAbsent(key(d), c));
            c.capitals().forEach(cap -> byCapital.putIfAbsent(key(cap), c));
        }
    }

    private static final class Holder {
        static final Countries ENGLISH = new Countries(Lexicon.load("en", "countries.tsv", 5));
    }

    public static Countries english() {
        return Holder.ENGLISH;
    }

    private static String key(String s) {
        String k = s.toLowerCase(Locale.ROOT).strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    public Optional<Country> byName(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The country of a demonym or adjective: "Ukrainian" gives Ukraine. */
    public Optional<Country> byDemonym(String demonym) {
        return Optional.ofNullable(byDemonym.get(key(demonym)));
    }

    /** The country whose capital this is: "Kyiv" gives Ukraine. */
    public Optional<Country> byCapital(String capital) {
        return Optional.ofNullable(byCapital.get(key(capital)));
    }
}
