package org.dateline.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entries of CoreNLP's fine-grained class files (TokensRegexNER mapping format: pattern, class, overwritable
 * classes, priority), read as CoreNLP's {@code TokensRegexNERAnnotator} reads them, and indexed by first token for
 * {@link FineClassTagger}. A pattern token is a literal when it has no regular-expression character (compared with
 * {@link String#equals} or {@link String#equalsIgnoreCase}), else a regular expression matched against the whole
 * token. Immutable and thread-safe once built.
 */
final class FineClassMapping {

    /** CoreNLP's own files for English, in the order and with the options of its default fine-grained settings. */
    static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

    /** The characters that make a pattern token a regular expression (as TokensRegex decides). */
    private static final String REGEX_CHARACTERS = "[]?.\\^$()*+{}|";
    /** A regular expression that only escapes punctuation is a literal in disguise; it is indexed by that literal. */
    private static final Pattern ESCAPED_LITERAL = Pattern.compile("(?:[^\\[\\]?.\\\\^$()*+{}|]|\\\\[^A-Za-z0-9])*");

    /** One mapping file and how its patterns match. */
    record Source(String resource, boolean ignoreCase) {
    }

    /**
     * One entry. {@code tokens[i]} is the literal or the source of {@code regex[i]}; {@code trigger} is the longest
     * literal token (the first of equal length), or null when every token is a regular expression; {@code order} is
     * the entry's position among all entries.
     */
    record Entry(int order, String[] tokens, Pattern[] regex, boolean ignoreCase, String type,
                 Set<String> overwritable, double priority, String trigger) {

        int length() {
            return tokens.length;
        }

        boolean matches(int position, String word) {
            Pattern p = regex[position];
            if (p != null) {
                return p.matcher(word).matches();
            }
            return ignoreCase ? tokens[position].equalsIgnoreCase(word) : tokens[position].equals(word);
        }
    }

    private final List<Entry> entries;
    private final Set<String> types;
    private final Map<String, List<Entry>> byFirstToken;
    private final Map<Character, List<Entry>> byFirstCharacter;
    private final List<Entry> anywhere;

    private FineClassMapping(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<Entry>> index = new HashMap<>();
        Map<Character, List<Entry>> byCharacter = new HashMap<>();
        List<Entry> always = new ArrayList<>();
        Set<String> allTypes = new HashSet<>();
        for (Entry e : entries) {
            allTypes.add(e.type());
            String first = e.tokens()[0];
            String key = indexKey(first, e.regex()[0] != null);
            Character initial = key == null ? requiredInitial(first) : null;
            if (key != null) {
                index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
            } else if (initial != null) {
                byCharacter.computeIfAbsent(initial, k -> new ArrayList<>()).add(e);
            } else {
                always.add(e);
            }
        }
        this.byFirstToken = index;
        this.byFirstCharacter = byCharacter;
        this.anywhere = List.copyOf(always);
        this.types = Set.copyOf(allTypes);
    }

    /** CoreNLP's default English fine-grained classes: the caseless file, then the cased one. */
    static FineClassMapping english() {
        return read(List.of(new Source(CASELESS, true), new Source(CASED, false)));
    }

    /** Reads the files in order; a later pattern equal to an earlier one is kept only if its priority is higher. */
    static FineClassMapping read(List<Source> sources) {
        List<Entry> entries = new ArrayList<>();
        Map<List<String>, Double> seen = new HashMap<>();
        Map<String, Set<String>> sets = new HashMap<>();
        for (Source s : sources) {
            try (InputStream raw = open(s.resource());
                 BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
                int lineNumber = 0;
                for (String line; (line = in.readLine()) != null; ) {
                    lineNumber++;
                    Entry e = parse(line, s, entries.size(), lineNumber, sets);
                    List<String> key = Arrays.asList(s.ignoreCase() ? lower(e.tokens()) : e.tokens());
                    Double earlier = seen.get(key);
                    if (earlier != null && e.priority() <= earlier) {
                        continue;
                    }
                    seen.put(key, e.priority());
                    entries.add(e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read fine-grained classes from " + s.resource(), e);
            }
        }
        return new FineClassMapping(entries);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = FineClassMapping.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("not on the class path (the CoreNLP models jar is needed)");
        }
        return in;
    }

    private static Entry parse(String line, Source s, int order, int lineNumber, Map<String, Set<String>> sets) {
        String[] cols = split(line, '\t');
        if (cols.length < 2 || cols.length > 5) {
            throw new IllegalArgumentException(s.resource() + " line " + lineNumber + ": expected 2 to 5 columns");
        }
        String pattern = cols[0].trim();
        if (pattern.startsWith("( ") && pattern.endsWith(" )")) {
            throw new IllegalArgumentException(s.resource() + " line " + lineNumber
                    + ": TokensRegex patterns are not supported");
        }
        String[] tokens = hasSpace(pattern) ? pattern.split("\\s+") : new String[] {pattern};
        Pattern[] regex = new Pattern[tokens.length];
        int flags = s.ignoreCase() ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        String trigger = null;
        for (int i = 0; i < tokens.length; i++) {
            if (isLiteral(tokens[i])) {
                if (trigger == null || triggerLength(tokens[i]) > triggerLength(trigger)) {
                    trigger = tokens[i];
                }
            } else {
                regex[i] = Pattern.compile(tokens[i], flags);
            }
        }
        String type = cols[1].trim();
        int comma = type.indexOf(',');
        if (comma > 0) {
            type = type.substring(0, comma).trim();
        }
        Set<String> overwritable = cols.length > 2
                ? sets.computeIfAbsent(cols[2].trim(), o -> Set.of(o.split("\\s*,\\s*"))) : Set.of();
        double priority = cols.length > 3 ? Double.parseDouble(cols[3].trim()) : 0.0;
        return new Entry(order, tokens, regex, s.ignoreCase(), type.intern(), overwritable, priority, trigger);
    }

    /** Whether TokensRegex takes a pattern token as a literal: none of {@code []?.\^$()*+{}|}. */
    static boolean isLiteral(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (REGEX_CHARACTERS.indexOf(token.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a pattern has a character of {@code \\s} (it is then several tokens). */
    private static boolean hasSpace(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (" \t\n\u000B\f\r".indexOf(pattern.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String[] split(String line, char separator) {
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        for (int i = line.indexOf(separator); i >= 0; i = line.indexOf(separator, from)) {
            parts.add(line.substring(from, i));
            from = i + 1;
        }
        parts.add(line.substring(from));
        while (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1); // as String.split drops trailing empty columns
        }
        return parts.toArray(new String[0]);
    }

    /** How TokensRegex ranks candidate trigger tokens: bracket tokens count as one character. */
    private static int triggerLength(String literal) {
        return literal.equals("-LRB-") || literal.equals("-RRB-") ? 1 : literal.length();
    }

    private static String[] lower(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = tokens[i].toLowerCase();
        }
        return out;
    }

    /** The index key of a first token, or null when only a regular expression can tell (checked everywhere). */
    private static String indexKey(String token, boolean isRegex) {
        if (!isRegex) {
            return fold(token);
        }
        if (ESCAPED_LITERAL.matcher(token).matches()) {
            return fold(token.replaceAll("\\\\(.)", "$1"));
        }
        return null;
    }

    /**
     * The folded first character every match of a regular expression starts with, or null when that is not plain:
     * an expression without alternatives that starts with a literal character not made optional or repeated.
     */
    private static Character requiredInitial(String regex) {
        if (regex.length() < 2 || regex.indexOf('|') >= 0 || REGEX_CHARACTERS.indexOf(regex.charAt(0)) >= 0
                || "?*{".indexOf(regex.charAt(1)) >= 0) {
            return null;
        }
        return fold(regex.charAt(0));
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Case folding under which {@link String#equalsIgnoreCase} equals are equal keys. */
    static String fold(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = fold(c);
            if (f != c && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(f);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * The entries that may match at a token: those indexed by its folded form, those led by a regular expression
     * whose matches start with its first character, and the few led by any other regular expression.
     */
    List<Entry> candidates(String word, List<Entry> into) {
        into.clear();
        List<Entry> indexed = byFirstToken.get(fold(word));
        if (indexed != null) {
            into.addAll(indexed);
        }
        if (!word.isEmpty()) {
            List<Entry> led = byFirstCharacter.get(fold(word.charAt(0)));
            if (led != null) {
                into.addAll(led);
            }
        }
        into.addAll(anywhere);
        return into;
    }

    /** Every class that an entry assigns (CoreNLP's annotator may always overwrite these). */
    Set<String> types() {
        return types;
    }

    List<Entry> entries() {
        return entries;
    }
}
