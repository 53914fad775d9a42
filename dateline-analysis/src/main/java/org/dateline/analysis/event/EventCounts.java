package org.dateline.analysis.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.EventCount;
import org.dateline.model.Quantity;
import org.dateline.model.Span;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.parse.ParsedText;

/**
 * The numbers of an event's sentence that count its toll ({@code event-counts.tsv}): by what they count ("146
 * bodies") or by the verb the counted people depend on ("killing 6 civilians", "10 people died").
 */
final class EventCounts {
    /** How far up from the trigger's clause a verb's counts are taken. */
    private static final int MAX_HOPS = 3;
    private final Map<String, String> kinds = new HashMap<>();

    EventCounts() {
        for (List<String> row : Lexicon.load("en", "event-counts.tsv", 2).rows()) {
            kinds.put(row.get(0), row.get(1));
        }
    }

    /**
     * The counts in the anchor's clause: its subtree, or its head's when the anchor modifies ("killing 6"); when that
     * has none, the clause of the verb the anchor's phrase depends on ("Four people were killed in Ukrainian
     * shelling", "At least seven civilians were killed when ... air strikes").
     */
    List<EventCount> counts(ParsedText p, int anchor, List<Quantity> numbers) {
        int clause = p.token(anchor).isVerb() || p.head(anchor) < 0 ? anchor : p.head(anchor);
        List<EventCount> out = countsIn(p, clause, numbers);
        for (int t = p.head(clause), hop = 0; out.isEmpty() && t >= 0 && hop < MAX_HOPS; t = p.head(t), hop++) {
            if (p.token(t).isVerb()) {
                out = countsIn(p, t, numbers);
            }
        }
        return out;
    }

    /** The tolls of the dead and the hurt a sentence tells by itself ("Eighteen deaths have been confirmed"). */
    List<EventCount> tollsOf(ParsedText p, int sentence, List<Quantity> numbers) {
        int root = -1;
        for (int i = p.sentences().get(sentence).firstToken(); i < p.sentences().get(sentence).endToken(); i++) {
            if (p.head(i) < 0) {
                root = i;
                break;
            }
        }
        if (root < 0) {
            return List.of();
        }
        return countsIn(p, root, numbers).stream()
                .filter(n -> n.kind().equals("FATALITIES") || n.kind().equals("INJURED")).toList();
    }

    /** The kind a verb's complement gives its object ("left sixty people dead", "leaving 20 injured"), or null. */
    private String stateOf(ParsedText p, int verb) {
        for (var d : p.children(verb)) {
            if (d.relation().equals("xcomp") || d.relation().equals("advcl") || d.relation().equals("amod")) {
                String kind = kinds.get(p.token(d.dependent()).lemma().toLowerCase(Locale.ROOT));
                if (kind != null) {
                    return kind;
                }
            }
        }
        return null;
    }

    private List<EventCount> countsIn(ParsedText p, int clause, List<Quantity> numbers) {
        List<EventCount> out = new ArrayList<>();
        int sentence = p.token(clause).sentence();
        int[] range = p.subtree(clause);
        for (Quantity q : numbers) {
            int token = p.tokenAt(q.start());
            if (q.sentence() != sentence || token < range[0] || token > range[1]) {
                continue;
            }
            String kind = q.lemma() == null ? null : kinds.get(q.lemma().toLowerCase(Locale.ROOT));
            int counted = p.tokenAt(Math.max(q.start(), q.end() - 1));
            for (int t = p.head(counted), hop = 0; kind == null && t >= 0 && hop < 2; t = p.head(t), hop++) {
                kind = kinds.get(p.token(t).lemma().toLowerCase(Locale.ROOT));
                if (kind == null && hop == 0 && p.token(t).isVerb()) {
                    kind = stateOf(p, t); // "left sixty people dead"
                }
            }
            if (kind != null) {
                out.add(new EventCount(kind, q.value(), q.text(), new Span(q.start(), q.end())));
            }
        }
        return out;
    }
}
