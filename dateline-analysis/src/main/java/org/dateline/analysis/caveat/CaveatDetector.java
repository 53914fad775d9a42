package org.dateline.analysis.caveat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.Stage;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.Caveat;
import org.dateline.model.Span;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * What the outlet says it could not verify: "Reuters could not independently verify either side's battlefield
 * reports" — who, what kind of caveat, what it covers and whether that is every side's claims.
 */
public final class CaveatDetector implements Stage {
    private final Map<String, String> verbs = new HashMap<>();
    private final Set<String> negators = new HashSet<>();
    private final Set<String> allSides = new HashSet<>();
    private final Set<String> tolls = new HashSet<>();

    public CaveatDetector() {
        for (List<String> row : Lexicon.load("en", "caveats.tsv", 3).rows()) {
            String w = row.get(0).toLowerCase(Locale.ROOT);
            switch (row.get(1)) {
                case "VERB" -> verbs.put(w, row.get(2));
                case "NEGATOR" -> negators.add(w);
                case "ALL_SIDES" -> allSides.add(w);
                case "TOLL" -> tolls.add(w);
                default -> throw new IllegalStateException("caveats.tsv: unknown role " + row.get(1));
            }
        }
    }

    @Override
    public Analysis apply(Analysis a) {
        ParsedText p = a.parse();
        String text = a.text();
        List<Caveat> out = new ArrayList<>();
        for (Token t : p.tokens()) {
            String kind = verbs.get(t.lemma().toLowerCase(Locale.ROOT));
            if (kind == null || !t.isVerb() || !negated(p, t.index())) {
                continue;
            }
            int object = p.child(t.index(), "obj");
            int passiveSubject = p.child(t.index(), "nsubj:pass");
            int covered = object >= 0 ? object : passiveSubject;
            int subject = p.child(t.index(), "nsubj");
            if (subject < 0 && p.head(t.index()) >= 0 && p.relation(t.index()).equals("xcomp")) {
                subject = p.child(p.head(t.index()), "nsubj");
            }
            Span covers = null;
            String scope = "UNSPECIFIED";
            if (covered >= 0) {
                int[] r = p.subtree(covered);
                covers = new Span(p.token(r[0]).start(), p.token(r[1]).end());
                for (int i = r[0]; i <= r[1]; i++) {
                    if (allSides.contains(p.token(i).text().toLowerCase(Locale.ROOT))
                            && Tags.isDeterminer(p.token(i).pos())) {
                        scope = "ALL_SIDES";
                    }
                }
                if (scope.equals("UNSPECIFIED") && (p.token(covered).isPronoun()
                        || p.child(covered, "det") >= 0 && !p.token(p.child(covered, "det")).lemma().equals("a"))) {
                    scope = "CLAIM";
                }
                if (!scope.equals("ALL_SIDES") && tolls.contains(p.token(covered).lemma().toLowerCase(Locale.ROOT))) {
                    scope = "TOLL"; // "could not verify the death toll": the toll of the incident told before
                }
            }
            Sentence s = p.sentences().get(t.sentence());
            String outlet = subject >= 0 && !p.token(subject).isPronoun() ? text.substring(
                    p.token(p.subtree(subject)[0]).start(), p.token(p.subtree(subject)[1]).end()) : null;
            if (outlet == null && a.article().source() != null) {
                outlet = a.article().source();
            }
            out.add(new Caveat(text.substring(s.start(), s.end()), outlet, kind,
                    covers == null ? null : covers.of(text), covers, scope, s.start(), s.end(), s.index()));
        }
        return a.withCaveats(out);
    }

    private boolean negated(ParsedText p, int verb) {
        for (var d : p.children(verb)) {
            if (d.relation().equals("advmod") || d.relation().startsWith("aux") || d.relation().equals("neg")) {
                if (negators.contains(p.token(d.dependent()).text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        int h = p.head(verb);
        return h >= 0 && negators.contains(p.token(h).lemma().toLowerCase(Locale.ROOT))
                || h >= 0 && p.relation(verb).equals("xcomp") && negated(p, h);
    }
}
