package org.dateline.analysis.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.parse.Dependency;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * The candidates the attribution model chooses among, with their features: tokens that may be cues, and for a cue
 * the token ranges that may be its content (a clausal complement, an object, the clause it hangs from, a quotation
 * beside it, what follows a colon, the sentence before or after) and its source (a subject, an agent, a possessor,
 * the object of "according to", the subject of the clause it depends on, a name right before or after it, or none).
 * The same code makes the training examples and serves the finder, so that both see the same features. Stateless.
 */
public final class AttributionCandidates {
    private static final int MAX_NP = 8;
    /** How many clauses up the tree a cue's source may be found (the subject of "..., adding that"). */
    private static final int MAX_UP = 3;
    private static final Set<String> CONTENT_CHILD = Set.of("ccomp", "obj", "obl", "xcomp", "dep", "advcl",
            "nsubj:pass", "iobj", "parataxis", "nmod", "acl", "conj", "csubj", "advmod", "nsubj");
    private static final Set<String> SOURCE_CASES = Set.of("by", "from", "of", "to", "in", "with");
    private final ReportingVerbs verbs;

    public AttributionCandidates(ReportingVerbs verbs) {
        this.verbs = verbs;
    }

    // ---------------------------------------------------------------- cues

    /** Every token that may be a cue (verbs, nouns, adjectives and colons), with its features. */
    public List<Candidate> cues(ParseView v) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (isCue(v.token(i))) {
                out.add(new Candidate(i, i, i, "cue", cueFeatures(v, i)));
            }
        }
        return out;
    }

    /** Whether a token may be a cue: a verb, a common noun, an adjective or a colon or dash. */
    public static boolean isCue(Token t) {
        String pos = t.pos();
        return Tags.isVerb(pos) || Tags.isCommonNoun(pos) || Tags.isPlainAdjective(pos)
                || Tags.isColon(pos) && (t.text().equals(":") || t.text().equals("—") || t.text().equals("--"));
    }

    List<String> cueFeatures(ParseView v, int i) {
        ParsedText p = v.parse();
        Token t = p.token(i);
        Features f = new Features();
        String lemma = lemma(t);
        String pos = t.pos();
        String rel = base(p.relation(i));
        String lex = lexKind(t);
        f.add("l=" + lemma);
        f.add("w=" + lower(t));
        f.add("p=" + pos);
        f.add("lp=" + lemma + "/" + pos);
        f.add("r=" + rel);
        f.add("lr=" + lemma + "/" + rel);
        f.add("lex=" + lex);
        f.add("lexr=" + lex + "/" + rel);
        f.add("lexp=" + lex + "/" + pos);
        Set<String> kids = new LinkedHashSet<>();
        for (Dependency d : p.children(i)) {
            kids.add(childRelation(p, d));
        }
        for (String k : kids) {
            f.add("ch=" + k);
            f.add("lch=" + lemma + "/" + k);
            f.add("lexch=" + lex + "/" + k);
        }
        int subj = p.child(i, "nsubj");
        if (subj >= 0) {
            String s = nominalClass(p.token(subj));
            f.add("subj=" + s);
            f.add("lexsubj=" + lex + "/" + s);
        }
        int head = p.head(i);
        if (head >= 0) {
            f.add("hl=" + lemma(p.token(head)) + "/" + rel);
            f.add("hlex=" + lexKind(p.token(head)) + "/" + rel);
        } else {
            f.add("root");
        }
        f.add("prev=" + (i > 0 ? lower(p.token(i - 1)) : "^"));
        f.add("next=" + (i + 1 < v.size() ? lower(p.token(i + 1)) : "$"));
        f.add("next2=" + (i + 2 < v.size() ? lower(p.token(i + 1)) + "_" + lower(p.token(i + 2)) : "$"));
        f.add("lnext=" + lemma + "_" + (i + 1 < v.size() ? lower(p.token(i + 1)) : "$"));
        if (v.quoteOf(i) >= 0) {
            f.add("inquote");
            f.add("inquote/" + lex);
        }
        String near = nearQuote(v, i);
        if (near != null) {
            f.add("q=" + near);
            f.add("qlex=" + near + "/" + lex);
            f.add("ql=" + near + "/" + lemma);
        }
        Sentence s = v.sentenceOf(i);
        int fromStart = i - s.firstToken();
        int toEnd = s.endToken() - 1 - i;
        f.add("sent=" + bucket(fromStart) + "/" + bucket(toEnd));
        if (toEnd <= 2) {
            f.add("final/" + lex);
        }
        if (Tags.isColon(pos)) {
            f.add("colon-at=" + bucket(fromStart));
            f.add("colon-prev=" + (i > 0 ? posClass(p.token(i - 1)) : "^"));
        }
        if (i + 1 < v.size() && p.token(i + 1).text().equals(":")) {
            f.add("colon-next/" + lex);
        }
        if (p.child(i, "neg") >= 0 || hasNegation(p, i)) {
            f.add("neg");
        }
        for (int c : p.childrenWith(i, "aux")) {
            f.add("aux=" + lower(p.token(c)));
        }
        if (p.child(i, "aux:pass") >= 0) {
            f.add("passive");
            f.add("passive/" + lemma);
        }
        return f.list();
    }

    // ---------------------------------------------------------------- contents

    /** The ranges that may be the content of a cue, each once, with its features. */
    public List<Candidate> contents(ParseView v, int cue) {
        ParsedText p = v.parse();
        Map<Long, Builder> found = new LinkedHashMap<>();
        Sentence s = v.sentenceOf(cue);
        for (Dependency d : p.children(cue)) {
            String rel = childRelation(p, d);
            if (CONTENT_CHILD.contains(base(d.relation())) || CONTENT_CHILD.contains(d.relation())) {
                int[] r = clip(v, p.subtree(d.dependent()), cue);
                put(found, v, r, d.dependent(), "child:" + rel);
            }
        }
        int head = p.head(cue);
        if (head >= 0) {
            int[] r = without(v, p.subtree(head), p.subtree(cue), cue);
            put(found, v, r, head, "head:" + base(p.relation(cue)));
            int grand = p.head(head);
            if (grand >= 0) {
                int[] g = without(v, p.subtree(grand), p.subtree(head), cue);
                put(found, v, g, grand, "grand:" + base(p.relation(cue)) + "/" + base(p.relation(head)));
            }
        }
        // quotations beside the cue, in its sentence or the next or previous one of its paragraph
        for (int qi = 0; qi < v.quotes().size(); qi++) {
            int[] q = v.quotes().get(qi);
            if (q[0] <= cue && cue <= q[1]) {
                continue;
            }
            String where = quotePosition(v, q, cue);
            if (where != null) {
                put(found, v, q.clone(), q[0], "quote:" + where);
            }
        }
        // what follows a colon after the cue, in the sentence or the next
        for (int i = cue + 1; i < Math.min(s.endToken(), cue + 8); i++) {
            if (p.token(i).text().equals(":")) {
                if (i + 1 < s.endToken() - 1) {
                    put(found, v, new int[] {i + 1, s.endToken() - 1}, i + 1, "colon:rest");
                } else {
                    nextSentence(v, s, "colon:next", found);
                }
                break;
            }
        }
        if (p.token(cue).text().equals(":")) {
            if (cue + 1 < s.endToken() - 1) {
                put(found, v, new int[] {cue + 1, s.endToken() - 1}, cue + 1, "colon:rest");
            }
            nextSentence(v, s, "colon:next", found);
        }
        // the sentence around the cue: before it ("X, he said.") and after it ("He said X")
        if (cue - 1 > s.firstToken()) {
            int end = cue;
            int[] src = NounPhrases.before(p, cue, MAX_NP);
            if (src != null) {
                end = Math.min(end, src[0]);
            }
            int subj = p.child(cue, "nsubj");
            if (subj >= 0 && subj < cue) {
                end = Math.min(end, p.subtree(subj)[0]);
            }
            put(found, v, new int[] {s.firstToken(), end - 1}, -1, "sent:before");
        }
        if (cue + 1 < s.endToken() - 1) {
            put(found, v, new int[] {cue + 1, s.endToken() - 1}, -1, "sent:after");
        }
        // neighbouring sentences of the paragraph
        int si = s.index();
        if (si > 0 && v.paragraphOf(si - 1) == v.paragraphOf(si)) {
            Sentence prev = p.sentences().get(si - 1);
            put(found, v, new int[] {prev.firstToken(), prev.endToken() - 1}, -1, "sent:prev");
        }
        nextSentence(v, s, "sent:next", found);
        List<Candidate> out = new ArrayList<>(found.size());
        for (Builder b : found.values()) {
            out.add(new Candidate(b.first, b.last, b.head, b.kinds.get(0), contentFeatures(v, cue, b)));
        }
        return out;
    }

    /** The sentence after, in the same paragraph (or the next one, after a colon). */
    private static void nextSentence(ParseView v, Sentence s, String kind, Map<Long, Builder> found) {
        ParsedText p = v.parse();
        int si = s.index();
        int breaks = kind.startsWith("colon") ? 1 : 0;
        if (si + 1 < p.sentences().size() && v.paragraphOf(si + 1) <= v.paragraphOf(si) + breaks) {
            Sentence next = p.sentences().get(si + 1);
            int[] r = {next.firstToken(), next.endToken() - 1};
            int q = v.quoteOf(next.firstToken());
            if (q >= 0 && v.quotes().get(q)[0] == next.firstToken()) {
                r[1] = Math.max(r[1], v.quotes().get(q)[1]);
            }
            put(found, v, r, -1, kind);
        }
    }

    private List<String> contentFeatures(ParseView v, int cue, Builder b) {
        ParsedText p = v.parse();
        Token c = p.token(cue);
        String lemma = lemma(c);
        String lex = lexKind(c);
        Features f = new Features();
        for (String k : b.kinds) {
            f.add("k=" + k);
            f.add("kl=" + k + "/" + lemma);
            f.add("klex=" + k + "/" + lex);
            f.add("kp=" + k + "/" + posClass(c));
        }
        f.add("n=" + b.kinds.size());
        int len = b.last - b.first + 1;
        f.add("len=" + bucket(len));
        f.add("len/" + b.kinds.get(0) + "=" + bucket(len));
        Token first = p.token(b.first);
        Token last = p.token(b.last);
        f.add("first=" + firstWordClass(first));
        f.add("last=" + posClass(last));
        boolean quoted = v.quoteOf(b.first) >= 0 && v.quotes().get(v.quoteOf(b.first))[0] == b.first
                && v.quotes().get(v.quoteOf(b.first))[1] == b.last;
        if (quoted) {
            f.add("isquote");
            f.add("isquote/" + lex);
        } else if (v.quoteOf(b.first) >= 0 || v.quoteOf(b.last) >= 0) {
            f.add("partquote");
        }
        boolean verb = false;
        boolean clause = false;
        boolean root = false;
        for (int i = b.first; i <= b.last; i++) {
            verb |= p.token(i).isVerb();
            int h = p.head(i);
            clause |= p.relation(i).startsWith("nsubj") && h >= b.first && h <= b.last;
            root |= h < 0;
        }
        f.add(verb ? "hasverb" : "noverb");
        f.add((verb ? "hasverb/" : "noverb/") + b.kinds.get(0));
        if (clause) {
            f.add("clause");
            f.add("clause/" + b.kinds.get(0));
        }
        boolean cueRoot = p.head(cue) < 0;
        if (root || cueRoot) {
            f.add((root ? "holdsroot/" : "cueroot/") + b.kinds.get(0));
        }
        if (b.head >= 0) {
            f.add("hp=" + posClass(p.token(b.head)));
        }
        int cs = c.sentence();
        if (first.sentence() != cs || last.sentence() != cs) {
            f.add("othersent");
        }
        if (first.sentence() != last.sentence()) {
            f.add("multisent");
        }
        if (b.first <= cue && cue <= b.last) {
            f.add("wrapscue");
        }
        f.add(b.first > cue ? "after" : "before");
        int dist = b.first > cue ? b.first - cue : cue - b.last;
        f.add("dist=" + bucket(dist));
        if (cue + 1 < v.size() && p.token(cue + 1).text().equals(":")) {
            f.add("cuecolon/" + b.kinds.get(0));
        }
        String edgeBefore = b.first > 0 ? edge(p.token(b.first - 1)) : "^";
        String edgeAfter = b.last + 1 < v.size() ? edge(p.token(b.last + 1)) : "$";
        f.add("edges=" + edgeBefore + "_" + edgeAfter);
        f.add("edgesk=" + edgeBefore + "_" + edgeAfter + "/" + b.kinds.get(0));
        String firstPos = first.pos();
        if (Tags.isPreposition(firstPos) || Tags.isAdverb(firstPos) || Tags.isDeterminer(firstPos)
                || Tags.isWhWord(firstPos) || Tags.isTo(firstPos) || Tags.isCoordinatingConjunction(firstPos)) {
            f.add("firstw=" + lower(first));
        }
        int subj = p.child(cue, "nsubj");
        if (subj >= 0) {
            String side = subj < cue ? "subjbefore" : "subjafter";
            f.add(side + "/" + (b.first > cue ? "after" : "before"));
        }
        if (subj >= 0 && b.first <= subj && subj <= b.last) {
            f.add("holdssubj");
        }
        int[] after = NounPhrases.after(p, cue, MAX_NP);
        if (after != null && b.first <= after[2] && after[2] <= b.last) {
            f.add("holdsnameafter");
        }
        return f.list();
    }

    // ---------------------------------------------------------------- sources

    /** The ranges that may be the source of a cue, each once, and the candidate "no source", with features. */
    public List<Candidate> sources(ParseView v, int cue) {
        ParsedText p = v.parse();
        Map<Long, Builder> found = new LinkedHashMap<>();
        for (Dependency d : p.children(cue)) {
            String r = d.relation();
            String b = base(r);
            int n = d.dependent();
            if (b.equals("nsubj") || r.equals("obl:agent") || r.equals("nmod:poss") || b.equals("csubj")) {
                putSource(found, v, p.subtree(n), n, cue, "child:" + r);
            } else if (b.equals("obl") || b.equals("nmod")) {
                int cs = p.child(n, "case");
                if (cs >= 0 && SOURCE_CASES.contains(lower(p.token(cs)))) {
                    putSource(found, v, p.subtree(n), n, cue, "child:" + b + ":" + lower(p.token(cs)));
                }
            } else if (b.equals("obj") || b.equals("iobj")) {
                putSource(found, v, p.subtree(n), n, cue, "child:" + b);
            }
        }
        int head = p.head(cue);
        String rel = base(p.relation(cue));
        if (head >= 0 && (rel.equals("case") || rel.equals("mark"))) {
            putSource(found, v, p.subtree(head), head, cue, "head:" + rel);
        }
        // subjects, agents and possessors of the clauses the cue hangs from, nearest first
        String path = rel;
        for (int up = head, depth = 1; up >= 0 && depth <= MAX_UP; depth++) {
            for (Dependency d : p.children(up)) {
                String r = d.relation();
                int n = d.dependent();
                if (n == cue || p.subtree(n)[0] <= cue && cue <= p.subtree(n)[1]) {
                    continue;
                }
                if (base(r).equals("nsubj") || r.equals("obl:agent") || r.equals("nmod:poss")) {
                    putSource(found, v, p.subtree(n), n, cue, "up" + depth + ":" + r + "/" + path);
                }
            }
            path = path + "/" + base(p.relation(up));
            up = p.head(up);
        }
        // the subject of a clause that the parser hung under the cue though it comes first ("X condemned it, stating")
        for (Dependency d : p.children(cue)) {
            String b = base(d.relation());
            if (d.dependent() < cue && (b.equals("advcl") || b.equals("dep") || b.equals("parataxis")
                    || b.equals("conj"))) {
                for (int n : p.childrenWith(d.dependent(), "nsubj")) {
                    putSource(found, v, p.subtree(n), n, cue, "down:" + b);
                }
            }
        }
        int subj = p.child(cue, "nsubj");
        if (subj >= 0) {
            for (int ap : p.childrenWith(subj, "appos")) {
                putSource(found, v, p.subtree(ap), ap, cue, "subj-appos");
            }
        }
        int[] after = NounPhrases.after(p, cue, MAX_NP);
        if (after != null) {
            putSource(found, v, new int[] {after[0], after[1]}, after[2], cue, "np:after");
        }
        int[] before = NounPhrases.before(p, cue, MAX_NP);
        if (before != null) {
            putSource(found, v, new int[] {before[0], before[1]}, before[2], cue, "np:before");
        }
        List<Candidate> out = new ArrayList<>(found.size() + 1);
        for (Builder b : found.values()) {
            out.add(new Candidate(b.first, b.last, b.head, b.kinds.get(0), sourceFeatures(v, cue, b)));
        }
        out.add(new Candidate(-1, -1, -1, "none", noSourceFeatures(v, cue, !found.isEmpty())));
        return out;
    }

    private static void putSource(Map<Long, Builder> found, ParseView v, int[] range, int head, int cue, String kind) {
        int[] r = range.clone();
        if (r[0] <= cue && cue <= r[1]) {
            r = new int[] {head, head};
            ParsedText p = v.parse();
            while (r[0] - 1 > cue && isNominal(p.token(r[0] - 1))) {
                r[0]--;
            }
        }
        put(found, v, r, head, kind);
    }

    private List<String> sourceFeatures(ParseView v, int cue, Builder b) {
        ParsedText p = v.parse();
        Token c = p.token(cue);
        String lemma = lemma(c);
        String lex = lexKind(c);
        Token h = p.token(b.head >= 0 ? b.head : b.last);
        String cls = nominalClass(h);
        Features f = new Features();
        for (String k : b.kinds) {
            String coarse = k.indexOf('/') > 0 ? k.substring(0, k.indexOf('/')) : k;
            f.add("k=" + k);
            f.add("kc=" + coarse);
            f.add("kl=" + coarse + "/" + lemma);
            f.add("klex=" + coarse + "/" + lex);
            f.add("kp=" + coarse + "/" + posClass(c));
            f.add("kcls=" + coarse + "/" + cls);
        }
        f.add("c=" + cls);
        f.add("cl=" + cls + "/" + lemma);
        if (h.isPronoun() || Tags.isCommonNoun(h.pos()) || Tags.isDeterminer(h.pos())) {
            f.add("hw=" + lower(h));
        }
        int len = b.last - b.first + 1;
        f.add("len=" + bucket(len));
        if (v.quoteOf(b.head >= 0 ? b.head : b.first) >= 0) {
            f.add("inquote");
        }
        if (v.quoteOf(cue) >= 0) {
            f.add("cueinquote");
        }
        f.add(b.first > cue ? "after" : "before");
        f.add("dist=" + bucket(b.first > cue ? b.first - cue : cue - b.last));
        if (p.token(b.first).sentence() != c.sentence()) {
            f.add("othersent");
        }
        return f.list();
    }

    private List<String> noSourceFeatures(ParseView v, int cue, boolean others) {
        ParsedText p = v.parse();
        Token c = p.token(cue);
        Features f = new Features();
        f.add("none");
        f.add("none/l=" + lemma(c));
        f.add("none/p=" + c.pos());
        f.add("none/r=" + base(p.relation(cue)));
        f.add("none/lex=" + lexKind(c));
        f.add(others ? "none/others" : "none/alone");
        if (p.child(cue, "aux:pass") >= 0) {
            f.add("none/passive");
        }
        if (p.child(cue, "mark") >= 0) {
            f.add("none/mark=" + lower(p.token(p.child(cue, "mark"))));
        }
        return f.list();
    }

    // ---------------------------------------------------------------- quotations

    /** One candidate per quotation of the parse (marks included), in text order: is it reported speech? */
    public List<Candidate> quotations(ParseView v) {
        List<Candidate> out = new ArrayList<>(v.quotes().size());
        for (int[] q : v.quotes()) {
            out.add(new Candidate(q[0], q[1], q[0], "quote", quoteFeatures(v, q)));
        }
        return out;
    }

    private List<String> quoteFeatures(ParseView v, int[] q) {
        ParsedText p = v.parse();
        Features f = new Features();
        int a = q[0] + 1;
        int b = q[1] - 1;
        while (b >= a && isQuoteMark(p.token(b))) {
            b--;
        }
        int words = 0;
        int capitalised = 0;
        boolean verb = false;
        boolean firstPerson = false;
        for (int i = a; i <= b; i++) {
            Token t = p.token(i);
            if (Character.isLetterOrDigit(t.text().charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(t.text().charAt(0)) ? 1 : 0;
            }
            verb |= t.isVerb();
            String w = lower(t);
            firstPerson |= w.equals("i") || w.equals("we") || w.equals("you") || w.equals("my") || w.equals("our");
        }
        f.add("words=" + bucket(words));
        f.add(verb ? "verb" : "noverb");
        f.add("verb/" + bucket(words) + "=" + verb);
        if (firstPerson) {
            f.add("firstperson");
        }
        if (words > 1 && capitalised == words) {
            f.add("titlecase");
        }
        if (a <= b) {
            Token first = p.token(a);
            Token last = p.token(b);
            f.add("cap=" + Character.isUpperCase(first.text().charAt(0)));
            f.add("firstpos=" + posClass(first));
            String end = last.text();
            f.add("endpunct=" + (end.equals(",") || end.equals(".") || end.equals("?") || end.equals("!")
                    || end.equals("…") ? end : "-"));
        }
        Sentence s = v.sentenceOf(q[0]);
        f.add("prev=" + (q[0] > s.firstToken() ? lower(p.token(q[0] - 1)) : "^"));
        f.add("prevpos=" + (q[0] > s.firstToken() ? posClass(p.token(q[0] - 1)) : "^"));
        f.add("next=" + (q[1] + 1 < v.size() ? lower(p.token(q[1] + 1)) : "$"));
        if (q[1] + 2 < v.size()) {
            f.add("next2pos=" + posClass(p.token(q[1] + 2)));
        }
        f.add("start=" + (q[0] == s.firstToken()));
        Sentence last = v.sentenceOf(q[1]);
        f.add("whole=" + (q[0] == s.firstToken() && q[1] >= last.endToken() - 2));
        if (s.index() != last.index()) {
            f.add("multisent");
        }
        int inside = a <= b ? outsideHead(p, a, b) : -1;
        if (inside >= 0) {
            f.add("rel=" + p.relation(inside));
            int h = p.head(inside);
            if (h >= 0) {
                f.add("hlex=" + lexKind(p.token(h)));
                f.add("hl=" + lemma(p.token(h)));
            }
        }
        boolean speech = false;
        for (int i = Math.max(s.firstToken(), q[0] - 6); i < Math.min(last.endToken(), q[1] + 7) && !speech; i++) {
            speech = (i < q[0] || i > q[1]) && verbs.kindOf(p.token(i)) == ReportingVerbs.Kind.SPEECH;
        }
        f.add(speech ? "speechnear" : "nospeechnear");
        f.add("speechnear/" + bucket(words) + "=" + speech);
        return f.list();
    }

    /** The first token of [a, b] whose head lies outside it. */
    private static int outsideHead(ParsedText p, int a, int b) {
        for (int i = a; i <= b; i++) {
            int h = p.head(i);
            if (h < a || h > b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isQuoteMark(Token t) {
        return Tags.isQuotationMark(t.pos());
    }

    // ---------------------------------------------------------------- shared helpers

    /** A candidate range under construction: the kinds that found it, in order. */
    private static final class Builder {
        final int first;
        final int last;
        int head;
        final List<String> kinds = new ArrayList<>(2);

        Builder(int first, int last, int head) {
            this.first = first;
            this.last = last;
            this.head = head;
        }
    }

    private static void put(Map<Long, Builder> found, ParseView v, int[] range, int head, String kind) {
        if (range == null) {
            return;
        }
        int[] r = trim(v, range);
        if (r[0] > r[1]) {
            return;
        }
        long key = ((long) r[0] << 32) | r[1];
        Builder b = found.computeIfAbsent(key, k -> new Builder(r[0], r[1], head));
        if (b.head < 0) {
            b.head = head;
        }
        if (!b.kinds.contains(kind)) {
            b.kinds.add(kind);
        }
    }

    /** Trims clause punctuation at the ends of a range, keeping quotation marks that enclose it. */
    static int[] trim(ParseView v, int[] range) {
        int a = range[0];
        int b = range[1];
        while (a <= b && isTrimmable(v.token(a))) {
            a++;
        }
        while (b >= a && isTrimmable(v.token(b))) {
            b--;
        }
        return new int[] {a, b};
    }

    private static boolean isTrimmable(Token t) {
        String x = t.text();
        return x.equals(",") || x.equals(".") || x.equals(":") || x.equals(";") || x.equals("--") || x.equals("-")
                || x.equals("—") || x.equals("–");
    }

    /** A content subtree that wraps the cue: the side of the cue that is longer. */
    private static int[] clip(ParseView v, int[] range, int cue) {
        if (range[0] <= cue && cue <= range[1]) {
            return cue - range[0] >= range[1] - cue ? new int[] {range[0], cue - 1} : new int[] {cue + 1, range[1]};
        }
        return range;
    }

    /** The range of a head's subtree without the part of the cue's subtree, clipped to the cue's sentence. */
    private static int[] without(ParseView v, int[] outer, int[] inner, int cue) {
        Sentence s = v.sentenceOf(cue);
        int a = Math.max(outer[0], s.firstToken());
        int b = Math.min(outer[1], s.endToken() - 1);
        int left = inner[0] - a;
        int right = b - inner[1];
        if (left <= 0 && right <= 0) {
            return null;
        }
        return left >= right ? new int[] {a, inner[0] - 1} : new int[] {inner[1] + 1, b};
    }

    private static String quotePosition(ParseView v, int[] q, int cue) {
        Sentence s = v.sentenceOf(cue);
        int qs = v.token(q[0]).sentence();
        int qe = v.token(q[1]).sentence();
        int si = s.index();
        if (qs <= si && si <= qe) {
            return q[0] > cue ? (q[0] - cue <= 3 ? "after-adjacent" : "after")
                    : (cue - q[1] <= 3 ? "before-adjacent" : "before");
        }
        if (qs == si + 1 && v.paragraphOf(qs) <= v.paragraphOf(si) + 1) {
            return "next-sentence";
        }
        if (qe == si - 1 && v.paragraphOf(qe) == v.paragraphOf(si)) {
            return "previous-sentence";
        }
        return null;
    }

    /** Where the nearest quotation lies relative to a token, within three tokens: "open-after" or "close-before". */
    private static String nearQuote(ParseView v, int i) {
        for (int[] q : v.quotes()) {
            if (q[0] > i && q[0] - i <= 3) {
                return "open-after";
            }
            if (q[1] < i && i - q[1] <= 3) {
                return "close-before";
            }
        }
        return null;
    }

    private static boolean hasNegation(ParsedText p, int i) {
        for (int c : p.childrenWith(i, "advmod")) {
            String w = p.token(c).text().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    private String lexKind(Token t) {
        ReportingVerbs.Kind k = verbs.kindOf(t);
        return k == null ? "-" : k.name();
    }

    static String childRelation(ParsedText p, Dependency d) {
        String r = d.relation();
        String b = base(r);
        if (b.equals("obl") || b.equals("nmod")) {
            int cs = p.child(d.dependent(), "case");
            return cs >= 0 ? b + ":" + p.token(cs).text().toLowerCase(Locale.ROOT) : r;
        }
        if (b.equals("ccomp") || b.equals("advcl")) {
            int mark = p.child(d.dependent(), "mark");
            if (mark >= 0) {
                return b + ":" + p.token(mark).text().toLowerCase(Locale.ROOT);
            }
        }
        return r;
    }

    static String base(String relation) {
        int c = relation.indexOf(':');
        return c < 0 ? relation : relation.substring(0, c);
    }

    static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT).replace('\t', ' ');
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT).replace('\t', ' ');
    }

    /** A coarse class of a nominal: its named-entity class, a pronoun, a common noun, else its part of speech. */
    static String nominalClass(Token t) {
        if (t.isPronoun()) {
            return Tags.PERSONAL_PRONOUN;
        }
        if (!t.coarseNer().equals(Tags.NONE)) {
            return t.coarseNer();
        }
        if (!t.ner().equals(Tags.NONE)) {
            return t.ner();
        }
        return t.isProperNoun() ? Tags.PROPER_NOUN : t.isNoun() ? Tags.NOUN : t.pos();
    }

    /** A token beside a candidate: its text when punctuation or a function word, else its part of speech. */
    private static String edge(Token t) {
        String pos = t.pos();
        if (Tags.isSymbol(pos) || Tags.isPreposition(pos) || Tags.isTo(pos) || Tags.isCoordinatingConjunction(pos)
                || Tags.isWhDeterminer(pos)) {
            return t.text().toLowerCase(Locale.ROOT);
        }
        return posClass(t);
    }

    static String posClass(Token t) {
        String pos = t.pos();
        return pos.length() > 2 && !Tags.isSymbol(pos) ? pos.substring(0, 2) : pos;
    }

    private static String firstWordClass(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "that", "to", "if", "whether", "how", "what", "why", "when", "about", "for", "\u201c", "\"", "``",
                 "\u2018", "'" -> w;
            default -> posClass(t);
        };
    }

    static boolean isNominal(Token t) {
        String pos = t.pos();
        return Tags.isNoun(pos) || Tags.isPlainAdjective(pos) || Tags.isDeterminer(pos) || Tags.isPossessiveEnding(pos)
                || Tags.isPersonalPronoun(pos) || Tags.isPossessivePronoun(pos) || Tags.isHyphen(pos)
                || Tags.isPastParticiple(pos) && t.text().contains("-")
                || Tags.isNumber(pos) && !t.ner().equals(Tags.DATE);
    }

    static String bucket(int n) {
        if (n <= 2) {
            return Integer.toString(n);
        }
        if (n <= 4) {
            return "3-4";
        }
        if (n <= 8) {
            return "5-8";
        }
        if (n <= 16) {
            return "9-16";
        }
        if (n <= 32) {
            return "17-32";
        }
        return "33+";
    }

    /** Features in order, each once. */
    private static final class Features {
        private final LinkedHashSet<String> set = new LinkedHashSet<>();

        void add(String f) {
            set.add(f.replace('\t', ' ').replace('\n', ' '));
        }

        List<String> list() {
            return List.copyOf(set);
        }
    }
}
