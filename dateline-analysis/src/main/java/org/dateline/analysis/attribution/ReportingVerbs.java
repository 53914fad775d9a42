package org.dateline.analysis.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.parse.Token;

/** The cue lexicon: which lemmas introduce reported speech, and of what kind. */
public final class ReportingVerbs {

    /** What a cue introduces. */
    public enum Kind { SPEECH, BELIEF, EVIDENCE, DIRECTIVE }

    private final Map<String, Kind> kinds = new HashMap<>();

    public ReportingVerbs() {
        for (List<String> row : Lexicon.load("en", "reporting-verbs.tsv", 2).rows()) {
            kinds.putIfAbsent(row.get(0).toLowerCase(Locale.ROOT), Kind.valueOf(row.get(1)));
        }
    }

    /** The kind of a cue token, or null when the token is not a verb of the lexicon. */
    public Kind kindOf(Token t) {
        if (!t.isVerb()) {
            return null;
        }
        return kinds.get(t.lemma().toLowerCase(Locale.ROOT));
    }
}
