package org.dateline.analysis.attribution;

import java.util.Set;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * Who speaks through a participle of saying with no subject of its own: the subject of the clause it hangs from
 * ("Hale condemned the violence, stating, "..."" is Hale's). A participle of adding goes on with the speaker of the
 * report it follows, past the subjects inside that report ("Sirko said it was unfair that Varenne was pushing,
 * adding, "..."" is Sirko's). Stateless.
 */
final class ParticipleSource {
    /** The relations by which a participle hangs from its clause (or, after a comma, "acl" from a noun in it). */
    private static final Set<String> HANGING = Set.of("advcl", "xcomp", "conj", "dep", "parataxis");
    private static final int MAX_UP = 6;

    private ParticipleSource() {
    }

    /**
     * The source phrase {first, last, head} of a participle cue, or null when the cue is no such participle or no
     * clause above it has a subject.
     */
    static int[] of(ParsedText p, ReportingVerbs verbs, int cue) {
        Token c = p.token(cue);
        String relation = base(p.relation(cue));
        boolean detached = cue > 0 && p.token(cue - 1).text().equals(",");
        if (!Tags.isGerund(c.pos()) || verbs.kindOf(c) != ReportingVerbs.Kind.SPEECH || p.child(cue, "nsubj") >= 0
                || !(HANGING.contains(relation) || relation.equals("acl") && detached)) {
            return null;
        }
        boolean adding = c.lemma().equalsIgnoreCase("add");
        int nearest = -1;
        for (int up = p.head(cue), depth = 0; up >= 0 && depth < MAX_UP; up = p.head(up), depth++) {
            int subject = subjectOf(p, up, cue);
            if (subject < 0) {
                continue;
            }
            if (!adding) {
                return phrase(p, subject);
            }
            if (nearest < 0) {
                nearest = subject;
            }
            if (verbs.kindOf(p.token(up)) == ReportingVerbs.Kind.SPEECH) {
                return phrase(p, subject);
            }
        }
        return nearest < 0 ? null : phrase(p, nearest);
    }

    /** A subject of the verb before the cue and apart from it; not an "it" (often a placeholder: "it was unfair"). */
    private static int subjectOf(ParsedText p, int verb, int cue) {
        for (int s : p.childrenWith(verb, "nsubj")) {
            int[] r = p.subtree(s);
            if (s < cue && r[1] < cue && !p.token(s).text().equalsIgnoreCase("it")) {
                return s;
            }
        }
        return -1;
    }

    /** The subject's phrase up to the first comma after its head (no relative clause or apposition). */
    private static int[] phrase(ParsedText p, int head) {
        int[] r = p.subtree(head);
        int last = head;
        for (int i = head + 1; i <= r[1] && !p.token(i).text().equals(","); i++) {
            last = i;
        }
        return new int[] {r[0], last, head};
    }

    private static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
