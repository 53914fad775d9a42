package org.dateline.corenlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fine-grained named-entity classes (CITY, COUNTRY, STATE_OR_PROVINCE, TITLE, NATIONALITY ...) over one sentence,
 * with the decisions of CoreNLP's {@code TokensRegexNERAnnotator} as CoreNLP configures it by default: every entry
 * that matches is found; overlapping matches are settled by priority, then length, then the order in which
 * TokensRegex would have tried the patterns, then position; a match is applied only if one of its tokens is a noun
 * or adjective and it does not cut across a named entity already found, under the same overwrite rules.
 *
 * <p>Why not CoreNLP's annotator itself: it tries every pattern that a word of the sentence could trigger against
 * the whole sentence, which costs more than the rest of named-entity recognition together (measured in
 * docs/BENCHMARKS.md); here candidates are looked up by the token they start at. {@code FineClassTaggerTest}
 * checks that the classes equal CoreNLP's on real news.
 */
final class FineClassTagger {

    /** CoreNLP's default {@code validpospattern} for the fine-grained files. */
    private static final Pattern VALID_POS = Pattern.compile("(NN|JJ|ADD).*");
    /** Classes CoreNLP does not let overwrite a named entity unless the entry names its class. */
    private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");

    private final FineClassMapping mapping;
    private final Set<String> alwaysOverwritable;

    FineClassTagger(FineClassMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        Set<String> labels = new HashSet<>(mapping.types());
        labels.add("O");
        labels.add("MISC");
        this.alwaysOverwritable = Set.copyOf(labels);
    }

    private record Match(FineClassMapping.Entry entry, int start, int end, long order) {
        int length() {
            return end - start;
        }
    }

    private static final Comparator<Match> PREFERENCE = Comparator
            .comparingDouble((Match m) -> -m.entry().priority())
            .thenComparingInt(m -> -m.length())
            .thenComparingLong(Match::order)
            .thenComparingInt(Match::start);

    /**
     * Tags one sentence in place.
     *
     * @param words the tokens' text
     * @param pos   their part-of-speech tags (may hold nulls)
     * @param ner   their named-entity classes so far (may hold nulls); overwritten where an entry applies
     */
    void tag(String[] words, String[] pos, String[] ner) {
        List<Match> found = find(words);
        if (found.isEmpty()) {
            return;
        }
        found.sort(PREFERENCE);
        List<Match> chosen = new ArrayList<>();
        for (Match m : found) {
            if (chosen.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end())) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::start));
        for (Match m : chosen) {
            if (anyValidPos(pos, m.start(), m.end()) && mayOverwrite(m.entry(), ner, m.start(), m.end())) {
                for (int i = m.start(); i < m.end(); i++) {
                    ner[i] = m.entry().type();
                }
            }
        }
    }

    /** Every match of every entry; one entry's matches do not overlap (each search goes on after the last). */
    private List<Match> find(String[] words) {
        List<Match> found = new ArrayList<>();
        Map<FineClassMapping.Entry, Integer> freeFrom = new HashMap<>();
        List<FineClassMapping.Entry> candidates = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            for (FineClassMapping.Entry e : mapping.candidates(words[i], candidates)) {
                int end = i + e.length();
                if (end > words.length || i < freeFrom.getOrDefault(e, 0) || !matchesAt(e, words, i)) {
                    continue;
                }
                freeFrom.put(e, end);
                found.add(new Match(e, i, end, triggerOrder(e, words)));
            }
        }
        return found;
    }

    private static boolean matchesAt(FineClassMapping.Entry e, String[] words, int start) {
        for (int k = 0; k < e.length(); k++) {
            if (!e.matches(k, words[start + k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The order in which TokensRegex would try the entry on this sentence: entries without a literal first, then
     * by the first token that triggers the entry, case-sensitive triggers before caseless ones, then file order.
     */
    private static long triggerOrder(FineClassMapping.Entry e, String[] words) {
        String trigger = e.trigger();
        int position = -1;
        if (trigger != null) {
            String key = e.ignoreCase() ? trigger.toLowerCase() : trigger;
            for (int t = 0; t < words.length && position < 0; t++) {
                if (key.equals(e.ignoreCase() ? words[t].toLowerCase() : words[t])) {
                    position = t;
                }
            }
        }
        return ((long) (position + 1) << 33) | ((e.ignoreCase() ? 1L : 0L) << 32) | e.order();
    }

    private static boolean anyValidPos(String[] pos, int start, int end) {
        for (int i = start; i < end; i++) {
            if (pos[i] != null && VALID_POS.matcher(pos[i]).matches()) {
                return true;
            }
        }
        return false;
    }

    /** CoreNLP's rules for replacing the classes already on the tokens. */
    private boolean mayOverwrite(FineClassMapping.Entry entry, String[] ner, int start, int end) {
        boolean allLocations = true;
        for (int i = start; i < end && allLocations; i++) {
            allLocations = "LOCATION".equals(ner[i]) || "GPE".equals(ner[i]);
        }
        if (allLocations) {
            return true;
        }
        String startNer = ner[start];
        String endNer = ner[end - 1];
        if (startNer != null && !alwaysOverwritable.contains(startNer) && start > 0 && startNer.equals(ner[start - 1])) {
            return false; // the match starts inside an entity
        }
        if (endNer != null && !alwaysOverwritable.contains(endNer) && end < ner.length && endNer.equals(ner[end])) {
            return false; // the match ends inside an entity
        }
        if (startNer == null) {
            return true;
        }
        for (int i = start + 1; i < end; i++) {
            if (!startNer.equals(ner[i])) {
                return true;
            }
        }
        if (entry.overwritable().contains(startNer)) {
            return true;
        }
        return !NO_DEFAULT_OVERWRITE.contains(entry.type()) && alwaysOverwritable.contains(startNer);
    }
}
