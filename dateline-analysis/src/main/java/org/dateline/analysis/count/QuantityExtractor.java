package org.dateline.analysis.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.Stage;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.Quantity;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * Counts with what they count: a number modifying a noun ("146 bodies", "three soldiers", "1.5 million people"), a
 * number standing for what it counts as a verb's subject or object ("at least 10 were shot dead"), or the figure a
 * toll reaches ("the death toll rose to 14").
 */
public final class QuantityExtractor implements Stage {
    private static final Set<String> NOT_COUNTS = Set.of(Tags.DATE, Tags.TIME, Tags.DURATION, Tags.SET, Tags.MONEY,
            Tags.PERCENT, Tags.ORDINAL);
    private final Map<String, Double> words = new HashMap<>();
    /** Nouns of a count that a number reaches ("the toll rose to 14"), with their role ({@code count-nouns.tsv}). */
    private final Map<String, String> tolls = new HashMap<>();

    public QuantityExtractor() {
        for (List<String> row : Lexicon.load("en", "number-words.tsv", 2).rows()) {
            words.put(row.get(0).toLowerCase(Locale.ROOT), Double.parseDouble(row.get(1)));
        }
        for (List<String> row : Lexicon.load("en", "count-nouns.tsv", 2).rows()) {
            if (!row.get(1).equals("TOLL") && !row.get(1).equals("NUMBER_OF")) {
                throw new IllegalStateException("count-nouns.tsv: unknown role " + row.get(1) + " of " + row.get(0));
            }
            tolls.put(row.get(0), row.get(1));
        }
    }

    @Override
    public Analysis apply(Analysis a) {
        ParsedText p = a.parse();
        List<Quantity> out = new ArrayList<>();
        for (Token t : p.tokens()) {
            if (!Tags.isNumber(t.pos()) || NOT_COUNTS.contains(t.ner())) {
                continue;
            }
            if (!p.relation(t.index()).equals("nummod")) {
                Quantity q = bare(a, p, t);
                if (q != null) {
                    out.add(q);
                }
                continue;
            }
            int noun = p.head(t.index());
            if (noun < 0 || !p.token(noun).isNoun() || p.token(noun).isProperNoun() || noun < t.index()) {
                continue;
            }
            int first = t.index();
            while (first - 1 >= 0 && (Tags.isNumber(p.token(first - 1).pos()) || p.token(first - 1).text().equals("-"))
                    && p.head(first - 1) == t.index()) {
                first--;
            }
            Double value = value(p, first, t.index());
            if (value == null) {
                continue;
            }
            Token n = p.token(noun);
            Token f = p.token(first);
            out.add(new Quantity(a.text().substring(f.start(), n.end()), value, n.text(),
                    n.lemma().toLowerCase(Locale.ROOT), f.start(), n.end(), t.sentence()));
        }
        return a.withNumbers(out);
    }

    /**
     * A number that counts without a noun: the subject or object of a verb ("at least 10 were shot dead", "killing
     * 3"), or the figure a toll reaches ("the death toll rose to 14", "a toll of 14"). The counted word is the toll,
     * or none (null), and the verb tells what was counted.
     */
    private Quantity bare(Analysis a, ParsedText p, Token t) {
        String r = p.relation(t.index());
        int head = p.head(t.index());
        if (head < 0 || p.child(t.index(), "compound") >= 0) {
            return null;
        }
        Double value = value(p, t.index(), t.index());
        if (value == null) {
            return null;
        }
        if ((r.startsWith("nsubj") || r.equals("obj")) && p.token(head).isVerb()) {
            return new Quantity(t.text(), value, null, null, t.start(), t.end(), t.sentence());
        }
        int c = p.child(t.index(), "case");
        if ((r.startsWith("obl") || r.startsWith("nmod")) && c >= 0
                && Set.of("to", "of", "at").contains(p.token(c).lemma().toLowerCase(Locale.ROOT))) {
            int noun = p.token(head).isNoun() ? head : p.child(head, "nsubj");
            if (noun < 0 && p.token(head).isVerb()) {
                noun = p.child(head, "obj");
            }
            String role = noun < 0 ? null : tolls.get(p.token(noun).lemma().toLowerCase(Locale.ROOT));
            if ("NUMBER_OF".equals(role)) {
                noun = counted(p, noun); // "the number of dead rose to 14"
            }
            if (noun >= 0 && role != null) {
                Token n = p.token(noun);
                return new Quantity(t.text(), value, n.text(), n.lemma().toLowerCase(Locale.ROOT), t.start(),
                        t.end(), t.sentence());
            }
        }
        return null;
    }

    /** What "the number of" counts: its "of" phrase's noun or adjective ("dead", "casualties"), or -1. */
    private static int counted(ParsedText p, int number) {
        for (var d : p.children(number)) {
            int c = p.child(d.dependent(), "case");
            if (d.relation().startsWith("nmod") && c >= 0 && p.token(c).lemma().equalsIgnoreCase("of")) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** The value of the number tokens [first, last]: digits with separators, or number words with multipliers. */
    Double value(ParsedText p, int first, int last) {
        double total = 0;
        double current = 0;
        boolean any = false;
        for (int i = first; i <= last; i++) {
            String w = p.token(i).text().toLowerCase(Locale.ROOT).replace(",", "");
            if (w.equals("-")) {
                continue;
            }
            Double v = words.get(w);
            if (v == null) {
                try {
                    v = Double.parseDouble(w);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            any = true;
            if (v >= 100 && words.containsKey(w) && v != 12) {
                current = (current == 0 ? 1 : current) * v;
                if (v >= 1000) {
                    total += current;
                    current = 0;
                }
            } else {
                current += v;
            }
        }
        return any ? total + current : null;
    }
}
