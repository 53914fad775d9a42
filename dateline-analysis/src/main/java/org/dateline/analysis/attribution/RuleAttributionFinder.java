package org.dateline.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * Today's rules (before the learned model): finds attributions in a dependency parse: a cue verb of the lexicon with its subject (the source) and its
 * clausal complement (the content); "according to SOURCE"; and the sentence-final ", SOURCE said." that
 * parsers often attach wrongly. Stateless.
 */
public final class RuleAttributionFinder implements AttributionFinder {
    private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp", "parataxis");
    private static final Set<String> INHERITING = Set.of("advcl", "xcomp", "conj", "dep", "parataxis");
    private static final int MAX_NP = 8;
    private final ReportingVerbs verbs;

    public RuleAttributionFinder(ReportingVerbs verbs) {
        this.verbs = verbs;
    }

    public ReportingVerbs verbs() {
        return verbs;
    }

    /** Every attribution of the parse, in text order of the cue. */
    @Override
    public List<Attribution> find(ParsedText p) {
        List<Attribution> out = new ArrayList<>();
        for (Token t : p.tokens()) {
            ReportingVerbs.Kind kind = verbs.kindOf(t);
            if (kind != null) {
                Attribution a = fromCue(p, t.index(), kind);
                if (a != null) {
                    out.add(a);
                }
            } else if (t.text().equalsIgnoreCase("according") && p.relation(t.index()).equals("case")) {
                Attribution a = accordingTo(p, t.index());
                if (a != null) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** The source of a cue: its subject, or the subject of the verb it depends on ("..., adding that"). */
    public int[] source(ParsedText p, int cue) {
        int subj = subject(p, cue);
        boolean inherited = false;
        if (subj < 0 && INHERITING.contains(baseRelation(p.relation(cue)))) {
            int h = p.head(cue);
            if (h >= 0) {
                subj = subject(p, h);
                inherited = subj >= 0;
            }
        }
        if (subj < 0) {
            return null;
        }
        int[] range = p.subtree(subj);
        if (range[0] <= cue && cue <= range[1]) {
            range = new int[] {subj, subj};
        }
        trimPunctuation(p, range);
        return new int[] {range[0], range[1], subj, inherited ? 1 : 0};
    }

    /** The subject of a verb; when the parser gives several, the one nearest the verb. */
    private static int subject(ParsedText p, int verb) {
        int s = -1;
        for (int c : p.childrenWith(verb, "nsubj")) {
            if (s < 0 || Math.abs(c - verb) < Math.abs(s - verb)) {
                s = c;
            }
        }
        if (s >= 0 && Set.of(Tags.DATE, Tags.TIME, Tags.DURATION).contains(p.token(s).ner())) {
            s = -1;
        }
        if (s < 0) {
            int agent = p.child(verb, "obl:agent");
            if (agent >= 0) {
                return agent;
            }
        }
        return s;
    }

    private Attribution fromCue(ParsedText p, int cue, ReportingVerbs.Kind kind) {
        int content = -1;
        for (var d : p.children(cue)) {
            if (CONTENT_RELATIONS.contains(d.relation())) {
                content = d.dependent();
                break;
            }
        }
        if (content < 0 && kind == ReportingVerbs.Kind.DIRECTIVE) {
            content = p.child(cue, "xcomp");
        }
        int[] src = source(p, cue);
        if (content >= 0) {
            int[] range = p.subtree(content);
            if (range[0] < cue && range[1] > cue) {
                range = clipAround(range, cue, src);
            }
            trimPunctuation(p, range);
            if (range[0] > range[1]) {
                return null;
            }
            return make(cue, kind, src, range, content);
        }
        return sentenceFinal(p, cue, kind, src);
    }

    /** "CONTENT, SOURCE said [on Monday]." where the parser did not make the content a complement of the cue. */
    private Attribution sentenceFinal(ParsedText p, int cue, ReportingVerbs.Kind kind, int[] src) {
        if (kind == ReportingVerbs.Kind.DIRECTIVE) {
            return null;
        }
        if (src == null || src[3] == 1) {
            src = nounPhraseBefore(p, cue);
        }
        if (src == null) {
            return null;
        }
        Sentence s = p.sentences().get(p.token(cue).sentence());
        int comma = src[0] - 1;
        if (comma <= s.firstToken() || !p.token(comma).text().equals(",")) {
            return null;
        }
        for (int i = cue + 1; i < s.endToken(); i++) {
            Token t = p.token(i);
            if (t.isVerb() || t.text().equals(",") && i < s.endToken() - 1 && p.token(i + 1).isVerb()) {
                return null;
            }
        }
        int[] range = {s.firstToken(), comma - 1};
        trimPunctuation(p, range);
        if (range[1] - range[0] < 2) {
            return null;
        }
        int head = range[0];
        for (int i = range[0]; i <= range[1]; i++) {
            int h = p.head(i);
            if (h < range[0] || h > range[1]) {
                head = i;
                break;
            }
        }
        return make(cue, kind, src, range, head);
    }

    /** The name phrase right before a cue when the parser attached it elsewhere: {first, last, head, 0}, or null. */
    public static int[] nounPhraseBefore(ParsedText p, int cue) {
        return withFlag(NounPhrases.before(p, cue, MAX_NP));
    }

    /** The name phrase right after a cue: ""...," said Mr Zelensky"; {first, last, head, 0}, or null. */
    public static int[] nounPhraseAfter(ParsedText p, int cue) {
        return withFlag(NounPhrases.after(p, cue, MAX_NP));
    }

    private static int[] withFlag(int[] np) {
        return np == null ? null : new int[] {np[0], np[1], np[2], 0};
    }

    private Attribution accordingTo(ParsedText p, int according) {
        int source = p.head(according);
        if (source < 0) {
            return null;
        }
        int clause = p.head(source);
        if (clause < 0) {
            return null;
        }
        int[] srcRange = p.subtree(source);
        int first = srcRange[0];
        if (first > according) {
            first = according;
        }
        int[] sr = {Math.max(srcRange[0], according + 1), srcRange[1]};
        while (sr[0] <= sr[1] && p.token(sr[0]).text().equalsIgnoreCase("to")) {
            sr[0]++;
        }
        trimPunctuation(p, sr);
        int[] content = p.subtreeWithout(clause, Set.of(source));
        if (content[0] >= first && content[0] <= srcRange[1]) {
            content[0] = srcRange[1] + 1;
        }
        if (content[1] >= first && content[1] <= srcRange[1]) {
            content[1] = first - 1;
        }
        trimPunctuation(p, content);
        if (content[0] > content[1] || sr[0] > sr[1]) {
            return null;
        }
        return new Attribution(according, ReportingVerbs.Kind.SPEECH, sr[0], sr[1], source, content[0], content[1],
                clause, false);
    }

    private static Attribution make(int cue, ReportingVerbs.Kind kind, int[] src, int[] content, int contentHead) {
        if (src == null) {
            return new Attribution(cue, kind, -1, -1, -1, content[0], content[1], contentHead, false);
        }
        return new Attribution(cue, kind, src[0], src[1], src[2], content[0], content[1], contentHead, src[3] == 1);
    }

    /** A content subtree that wraps the cue (parser attached the cue inside): keep the side without the source. */
    private static int[] clipAround(int[] range, int cue, int[] src) {
        int left = src == null ? cue : Math.min(cue, src[0]);
        if (cue - range[0] >= range[1] - cue) {
            return new int[] {range[0], left - 1};
        }
        return new int[] {cue + 1, range[1]};
    }

    static void trimPunctuation(ParsedText p, int[] range) {
        while (range[0] <= range[1] && isTrimmable(p.token(range[0]))) {
            range[0]++;
        }
        while (range[1] >= range[0] && isTrimmable(p.token(range[1]))) {
            range[1]--;
        }
    }

    private static boolean isTrimmable(Token t) {
        String x = t.text();
        return x.equals(",") || x.equals(".") || x.equals(":") || x.equals(";") || x.equals("--") || x.equals("-")
                || x.equals("—") || x.equals("–");
    }

    private static String baseRelation(String r) {
        int c = r.indexOf(':');
        return c < 0 ? r : r.substring(0, c);
    }
}
