package org.dateline.analysis.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.EventDate;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Tags;

/**
 * Whether an event is asserted, planned, possible or negated ({@code event-modality.tsv}), and whether the article
 * recalls it as background: a trigger that only modifies a noun ("the recaptured town"), or an event whose own
 * date ended more than {@value #BACKGROUND_DAYS} days before publication ("in Russian hands since July").
 */
final class Modality {
    static final int BACKGROUND_DAYS = 14;
    private static final Set<String> CLIMB = Set.of("xcomp", "advcl", "conj", "obj", "obl", "nsubj", "nsubj:pass",
            "compound", "nmod");
    private static final Set<String> MARKERS = Set.of("aux", "advmod", "amod", "det", "neg", "mark");
    private static final Set<String> MODIFIER_RELATIONS = Set.of("amod", "acl", "dep");
    /** Verbs that with an infinitive say what must or is about to happen: "will have to withdraw". */
    private static final Set<String> MODAL_HAVE = Set.of("have", "need", "ought");
    private static final List<String> PRECEDENCE = List.of("NEGATED", "PLANNED", "POSSIBLE");

    private final Map<String, String> words = new HashMap<>();

    Modality() {
        for (List<String> row : Lexicon.load("en", "event-modality.tsv", 2).rows()) {
            words.put(row.get(0), row.get(1));
        }
    }

    /**
     * ASSERTED, PLANNED, POSSIBLE or NEGATED: the markers on the anchor, then on the verbs it depends on through
     * complements and purpose clauses, up to (not across) a verb of saying's complement ("will have to withdraw"
     * climbs to "have").
     */
    String of(ParsedText p, int anchor) {
        int t = anchor;
        for (int hop = 0; hop < 4 && t >= 0; hop++) {
            String found = null;
            for (var d : p.children(t)) {
                if (MARKERS.contains(d.relation())) {
                    found = stronger(found, words.get(p.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
                }
            }
            if (hop > 0 && (p.token(t).isVerb() || Tags.isAdjective(p.token(t).pos()))) {
                found = stronger(found, words.get(p.token(t).lemma().toLowerCase(Locale.ROOT))); // "is likely to visit"
            }
            if (found != null) {
                return found;
            }
            if (!CLIMB.contains(p.relation(t)) && !(p.head(t) >= 0 && MODAL_HAVE.contains(
                    p.token(p.head(t)).lemma().toLowerCase(Locale.ROOT)) && infinitive(p, t))) {
                break; // "will have to withdraw" climbs to "have"; a verb of saying's complement does not
            }
            t = p.head(t);
        }
        return "ASSERTED";
    }

    /** An infinitive with "to". */
    private static boolean infinitive(ParsedText p, int verb) {
        for (var d : p.children(verb)) {
            if (d.relation().equals("mark") && Tags.isTo(p.token(d.dependent()).pos())) {
                return true;
            }
        }
        return false;
    }

    /** "the recaptured town", "territory abandoned by Russia": a past participle with no subject or auxiliary. */
    static boolean isParticipleModifier(ParsedText p, int token) {
        if (!Tags.isPastParticiple(p.token(token).pos()) || !MODIFIER_RELATIONS.contains(p.relation(token))) {
            return false;
        }
        for (var d : p.children(token)) {
            if (d.relation().startsWith("nsubj") || d.relation().startsWith("aux")) {
                return false;
            }
        }
        return true;
    }

    /** Negation outranks intention, which outranks a hedge: "we will not march in" is negated. */
    private static String stronger(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return PRECEDENCE.indexOf(a) <= PRECEDENCE.indexOf(b) ? a : b;
    }

    boolean background(ParsedText p, int anchor, EventDate date) {
        if (isParticipleModifier(p, anchor)) {
            return true;
        }
        return date.basis().equals("TEXT")
                && java.time.LocalDate.parse(date.to()).plusDays(BACKGROUND_DAYS).isBefore(p.documentDate());
    }
}
