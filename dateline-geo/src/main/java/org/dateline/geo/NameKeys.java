package org.dateline.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.lang.Lexicon;

/**
 * How place names become lookup keys, by the rules of {@code lang/mul/place-names.tsv}: the folded key (lower case,
 * diacritics and apostrophes gone, punctuation to spaces: "Luhans’k" → "luhansk") and the loose key that equates
 * transliterations ("Kharkov" and "Kharkiv" → "hrkv"). Immutable and thread-safe.
 */
public final class NameKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private record Rewrite(Pattern pattern, String replacement) {
    }

    /**
     * A renaming, exonym or abbreviation: the folded key of the place's name in its country, and the feature code
     * its entries must have, or null for any.
     */
    public record Alias(String key, String country, String featureCode) {
        /** Whether an entry found by the alias's key is the place the alias means. */
        public boolean admits(GeoRecord r) {
            return r.country().equals(country) && (featureCode == null || featureCode.equals(r.featureCode()));
        }
    }

    private final Map<Integer, String> folds = new HashMap<>();
    private final Set<Integer> drops = new HashSet<>();
    private final List<Rewrite> loose = new ArrayList<>();
    private final Set<String> generic = new HashSet<>();
    private final Map<String, Alias> aliases = new HashMap<>();

    private static final NameKeys DEFAULT = new NameKeys(Lexicon.load("mul", "place-names.tsv", 5));

    private final String fingerprint;

    NameKeys(Lexicon rules) {
        this.fingerprint = Integer.toHexString(rules.rows().hashCode());
        for (List<String> row : rules.rows()) {
            String to = row.get(2).equals("-") ? "" : row.get(2);
            switch (row.get(0)) {
                case "fold" -> folds.put(row.get(1).codePointAt(0), to);
                case "drop" -> drops.add(row.get(1).codePointAt(0));
                case "loose" -> loose.add(new Rewrite(Pattern.compile(row.get(1)), to));
                case "generic" -> generic.add(row.get(1));
                case "alias" -> {
                    String[] where = row.get(3).split(":");
                    aliases.put(row.get(1), new Alias(row.get(2), where[0], where.length > 1 ? where[1] : null));
                }
                default -> throw new IllegalStateException(rules.name() + ": unknown rule kind '" + row.get(0) + "'");
            }
        }
    }

    /** The rules shipped with Dateline. */
    public static NameKeys standard() {
        return DEFAULT;
    }

    /** Changes whenever the rules change: an index built with other rules must be rebuilt. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Lower case, no diacritics or apostrophes, words separated by one space: "Luhans’k Oblast" → "luhansk oblast". */
    public String fold(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (drops.contains(cp)) {
                return;
            }
            String f = folds.get(cp);
            if (f != null) {
                sb.append(f);
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String bare = MARKS.matcher(Normalizer.normalize(sb, Normalizer.Form.NFD)).replaceAll("");
        return NON_ALNUM.matcher(bare).replaceAll(" ").strip();
    }

    /** The loose key of a folded name: transliteration variants collapse to one key. */
    public String looseOf(String folded) {
        String s = folded;
        for (Rewrite r : loose) {
            s = r.pattern().matcher(s).replaceAll(r.replacement());
        }
        return s;
    }

    /** The folded name without generic words: "the luhansk oblast" → "luhansk". */
    public String core(String folded) {
        StringBuilder sb = new StringBuilder();
        for (String w : folded.split(" ")) {
            if (!generic.contains(w) && !w.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(w);
            }
        }
        return sb.isEmpty() ? folded : sb.toString();
    }

    /** The renaming or exonym a folded name stands for, or null. */
    public Alias alias(String folded) {
        return aliases.get(folded);
    }
}
