package org.dateline.eval;

import java.util.List;
import java.util.function.Predicate;
import org.dateline.model.Span;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Token;

/**
 * Tells nominal cues from verbal ones by the parse of their text: a cue is nominal when the token that heads it is
 * not a verb ("statement", "report", a colon), or when it is "according to".
 */
final class NominalCues {
    private NominalCues() {
    }

    static Predicate<List<Span>> of(ParsedText p) {
        return cue -> {
            int head = AttributionExamples.cueHead(p, cue);
            if (head < 0) {
                List<Integer> tokens = AttributionExamples.tokensIn(p, cue);
                return !tokens.isEmpty() && tokens.stream().noneMatch(t -> p.token(t).isVerb());
            }
            Token t = p.token(head);
            return !t.isVerb() || t.text().equalsIgnoreCase("according");
        };
    }
}
