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

/** Counts with what they count: a number modifying a noun ("146 bodies", "three soldiers", "1.5 million people"). */
public final class QuantityExtractor implements Stage {
    private static final Set<String> NOT_COUNTS = Set.of("DATE", "TIME", "DURATION", "SET", "MONEY", "PERCENT",
            "ORDINAL");
    private final Map<String, Double> words = new HashMap<>();

    public QuantityExtractor() {
        for (List<String> row : Lexicon.load("en", "number-words.tsv", 2).rows()) {
            words.put(row.get(0).toLowerCase(Locale.ROOT), Double.parseDouble(row.get(1)));
        }
    }

    @Override
    public Analysis apply(Analysis a) {
        ParsedText p = a.parse();
        List<Quantity> out = new ArrayList<>();
        for (Token t : p.tokens()) {
            if (!t.pos().equals("CD") || NOT_COUNTS.contains(t.ner()) || !p.relation(t.index()).equals("nummod")) {
                continue;
            }
            int noun = p.head(t.index());
            if (noun < 0 || !p.token(noun).isNoun() || p.token(noun).isProperNoun() || noun < t.index()) {
                continue;
            }
            int first = t.index();
            while (first - 1 >= 0 && (p.token(first - 1).pos().equals("CD") || p.token(first - 1).text().equals("-"))
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
