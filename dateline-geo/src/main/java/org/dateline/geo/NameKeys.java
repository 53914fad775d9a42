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
 * diacritics and apostrophes gone, punctuation to spaces: "Luhans’k" → "luhansk"), the transliteration key that
 * equates romanisations of one name ("Kharkov" and "Kharkiv" → "harkiv", "El Fasher" and "Al Fashir" → "fashir"),
 * and the loose key, the transliteration key without vowels, that also equates merely similar names ("Mansouri" and
 * "Mansoura" → "mnsr"). Names with the same transliteration key always share the loose key. Immutable and
 * thread-safe.
 */
public final class NameKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * A rewrite rule; a pattern without regular-expression syntax is applied as a plain replacement, which is much
     * faster and gives the same result.
     */
    private record Rewrite(Pattern pattern, String replacement, String literal) {
        static Rewrite of(String regex, String replacement) {
            boolean plain = regex.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ');
            return new Rewrite(Pattern.compile(regex), replacement, plain ? regex : null);
        }

        String apply(String s) {
            if (literal != null) {
                return s.contains(literal) ? s.replace(literal, replacement) : s;
            }
            return pattern.matcher(s).replaceAll(replacement);
        }
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
    private final Set<String> articles = new HashSet<>();
    private final List<Rewrite> translit = new ArrayList<>();
    private final List<Rewrite> loose = new ArrayList<>();
    private final Set<String> generic = new HashSet<>();
    private final Set<String> areaWords = new HashSet<>();
    private final Map<String, Alias> aliases = new HashMap<>();

    /** The kinds of rule of the rules file (its first column). */
    private enum RuleKind { FOLD, DROP, ARTICLE, TRANSLIT, LOOSE, GENERIC, ALIAS }

    private static final NameKeys DEFAULT = new NameKeys(Lexicon.load("mul", "place-names.tsv", 5));

    private final String fingerprint;

    NameKeys(Lexicon rules) {
        this.fingerprint = Integer.toHexString(rules.rows().hashCode());
        for (List<String> row : rules.rows()) {
            String to = row.get(2).equals("-") ? "" : row.get(2);
            RuleKind kind;
            try {
                kind = RuleKind.valueOf(row.get(0).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(rules.name() + ": unknown rule kind '" + row.get(0) + "'");
            }
            switch (kind) {
                case FOLD -> folds.put(row.get(1).codePointAt(0), to);
                case DROP -> drops.add(row.get(1).codePointAt(0));
                case ARTICLE -> articles.add(row.get(1));
                case TRANSLIT -> translit.add(Rewrite.of(row.get(1), to));
                case LOOSE -> loose.add(Rewrite.of(row.get(1), to));
                case GENERIC -> {
                    generic.add(row.get(1));
                    if (to.equals("area")) {
                        areaWords.add(row.get(1));
                    }
                }
                case ALIAS -> {
                    String[] where = row.get(3).split(":");
                    aliases.put(row.get(1), new Alias(row.get(2), where[0], where.length > 1 ? where[1] : null));
                }
                default -> throw new IllegalStateException(kind.toString());
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

    /**
     * The transliteration key of a folded name: its articles dropped ("al mawasi" → "mawasi"; a name that is only
     * articles keeps them) and the transliteration rules applied, so that romanisations of one name collapse to one
     * key.
     */
    public String translitOf(String folded) {
        String s = withoutArticles(folded);
        for (Rewrite r : translit) {
            s = r.apply(s);
        }
        return s;
    }

    private String withoutArticles(String folded) {
        if (articles.isEmpty() || folded.indexOf(' ') < 0) {
            return folded;
        }
        String[] words = folded.split(" ");
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < words.length; i++) {
            if (i + 1 < words.length && articles.contains(words[i])) {
                continue;
            }
            sb.append(sb.isEmpty() ? "" : " ").append(words[i]);
        }
        return sb.toString();
    }

    /** The loose key of a folded name: its transliteration key without vowels; similar names share it. */
    public String looseOf(String folded) {
        return looseOfTranslit(translitOf(folded));
    }

    /** The loose key of a transliteration key ({@link #translitOf}). */
    public String looseOfTranslit(String translit) {
        String s = translit;
        for (Rewrite r : loose) {
            s = r.apply(s);
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

    /**
     * The folded name of an area without the administrative kind words that end it: "borno state" → "borno",
     * "belgorod oblast" → "belgorod"; the name itself when it does not end in one or is nothing but kind words
     * ("red sea" and "district of columbia" stay).
     */
    public String withoutKindWords(String folded) {
        String[] words = folded.split(" ");
        int end = words.length;
        while (end > 1 && areaWords.contains(words[end - 1])) {
            end--;
        }
        return end == words.length ? folded : String.join(" ", java.util.Arrays.asList(words).subList(0, end));
    }

    /** Whether a folded word is an administrative area's kind word ("oblast", "state", "county"). */
    public boolean isAreaWord(String word) {
        return areaWords.contains(word);
    }

    /** The renaming, exonym or press name a folded name stands for, with or without its articles, or null. */
    public Alias alias(String folded) {
        Alias a = aliases.get(folded);
        return a != null ? a : aliases.get(withoutArticles(folded));
    }
}
