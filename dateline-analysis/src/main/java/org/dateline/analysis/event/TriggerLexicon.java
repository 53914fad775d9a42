package org.dateline.analysis.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * The trigger and cue words of {@code lang/en/event-triggers.tsv}, matched over a sentence's lemmas.
 * A token matches a word by its lemma, its lower-cased form, or that form without hyphens ("air-strike").
 */
final class TriggerLexicon {

    /**
     * One row of the file.
     *
     * @param block a phrase that names no event ("refugee camp", "riot van"): it only keeps the words inside it from
     *              matching
     */
    record Entry(List<String> words, String pos, String code, double weight, boolean trigger, boolean block) {
    }

    /**
     * A match in a sentence: tokens [first, end), and the anchor token the event's arguments hang from (the verb
     * of a verbal phrase, otherwise the last word: "air strike", "in Russian hands").
     */
    record Match(Entry entry, int first, int end, int anchor) {
        String code() {
            return entry.code();
        }

        double weight() {
            return entry.weight();
        }

        boolean overlaps(Match o) {
            return first < o.end && o.first < end;
        }

        boolean contains(Match o) {
            return first <= o.first && o.end <= end;
        }
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    /** Month names ({@code time-words.tsv}). */
    private final java.util.Set<String> months = Lexicon.load("en", "time-words.tsv", 3).rows().stream()
            .filter(r -> r.get(1).equals("MONTH")).map(r -> r.get(0).toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    TriggerLexicon(EventKinds kinds) {
        for (List<String> row : Lexicon.load("en", "event-triggers.tsv", 5).rows()) {
            String role = row.get(4);
            if (!role.equals("TRIGGER") && !role.equals("CUE") && !role.equals("BLOCK")) {
                throw new IllegalStateException("event-triggers.tsv: unknown role " + role);
            }
            if (!role.equals("BLOCK")) {
                kinds.of(row.get(2));
            }
            Entry e = new Entry(List.of(row.get(0).split(" ")), row.get(1), row.get(2),
                    Double.parseDouble(row.get(3)), role.equals("TRIGGER"), role.equals("BLOCK"));
            byFirstWord.computeIfAbsent(e.words().get(0), w -> new ArrayList<>()).add(e);
        }
    }

    /**
     * Every match in the sentence. Overlapping matches of one code keep only the longest, and a match inside a longer
     * one of any code goes ("riot" in "riot police", "shoot" in "shoot down"); matches of one span all stay. Blocking
     * phrases ("refugee camp") take the words inside them and are then left out.
     */
    List<Match> matches(ParsedText p, Sentence s) {
        List<Match> all = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            for (String form : forms(p.token(i))) {
                for (Entry e : byFirstWord.getOrDefault(form, List.of())) {
                    int end = matchEnd(p, s, i, e);
                    if (end > 0 && !(e.trigger() && inName(p, s, i, end)) && !isDate(p, i, end)) {
                        all.add(new Match(e, i, end, anchor(p, e, i, end)));
                    }
                }
            }
        }
        all.sort((a, b) -> Integer.compare(b.end() - b.first(), a.end() - a.first()));
        List<Match> kept = new ArrayList<>();
        for (Match m : all) {
            boolean shadowed = kept.stream().anyMatch(k -> k.code().equals(m.code()) && k.overlaps(m)
                    || k.contains(m) && k.end() - k.first() > m.end() - m.first());
            if (!shadowed) {
                kept.add(m);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return kept.stream().filter(m -> !m.entry().block()).toList();
    }

    /**
     * The end of the entry's match at token {@code first}, or -1. The part of speech is that of the phrase's head: the
     * last word of a noun ("poisonous gas"), the first of a verb or adjective.
     */
    private static int matchEnd(ParsedText p, Sentence s, int first, Entry e) {
        int t = first + 1;
        for (int w = 1; w < e.words().size(); w++, t++) {
            if (t >= s.endToken()) {
                return -1;
            }
            String word = e.words().get(w);
            if (!word.equals("*") && !forms(p.token(t)).contains(word)) {
                return -1;
            }
        }
        return posMatches(p.token(e.pos().equals("N") ? t - 1 : first), e.pos()) ? t : -1;
    }

    /**
     * Whether tokens [first, end) are proper nouns inside a longer name: the "Liberation" of "Oromo Liberation Army"
     * is no event, a title-case "Grenade explosion" is.
     */
    private static boolean inName(ParsedText p, Sentence s, int first, int end) {
        return IntStream.range(first, end).allMatch(i -> p.token(i).isProperNoun())
                && (first > s.firstToken() && p.token(first - 1).isProperNoun()
                        || end < s.endToken() && p.token(end).isProperNoun());
    }

    /**
     * Whether a token of [first, end) is part of a date, or a capitalised month name: the "March" of "12 March" or of
     * "shipment March-May" is no march.
     */
    private boolean isDate(ParsedText p, int first, int end) {
        return IntStream.range(first, end).anyMatch(i -> Tags.DATE.equals(p.token(i).ner())
                || p.token(i).isProperNoun() && months.contains(p.token(i).text().toLowerCase(Locale.ROOT)));
    }

    /** The verb of a verbal phrase, the last word of a noun phrase ("drone strike", even with "drone" taken for a verb). */
    private static int anchor(ParsedText p, Entry e, int first, int end) {
        if (e.pos().equals("N")) {
            return end - 1;
        }
        return p.token(first).isVerb() ? first : end - 1;
    }

    private static boolean posMatches(Token t, String pos) {
        return switch (pos) {
            case "V" -> t.isVerb();
            case "N" -> t.isNoun();
            case "A" -> Tags.isAdjective(t.pos()) || Tags.isPastParticiple(t.pos()) || Tags.isGerund(t.pos());
            default -> true;
        };
    }

    static List<String> forms(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String lower = t.text().toLowerCase(Locale.ROOT);
        String unhyphenated = lower.replace("-", "");
        List<String> forms = new ArrayList<>(3);
        forms.add(lemma);
        if (!lower.equals(lemma)) {
            forms.add(lower);
        }
        if (!unhyphenated.equals(lower) && !unhyphenated.equals(lemma)) {
            forms.add(unhyphenated);
        }
        return forms;
    }
}
