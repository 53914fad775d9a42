package org.dateline.analysis.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * The circumstances of an utterance stated around its cue: the channel ("in a televised address", "on Telegram")
 * and the time ("late on Monday").
 */
public final class ClauseDetails {
    private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "advcl", "parataxis", "conj", "csubj");
    private final Set<String> channelWords;
    private final Set<String> channelPrepositions = Lexicon.load("en", "channel-prepositions.txt", 1).words();

    public ClauseDetails() {
        this.channelWords = new HashSet<>(Lexicon.load("en", "channels.tsv", 2).words());
    }

    /** The channel of the utterance as a span, or null. */
    public Span channel(ParsedText p, int cue, int[] excluded) {
        for (int verb : List.of(cue, p.head(cue))) {
            if (verb < 0) {
                continue;
            }
            for (var d : p.children(verb)) {
                if (!d.relation().startsWith("obl") && !d.relation().startsWith("nmod")) {
                    continue;
                }
                int n = d.dependent();
                if (inside(n, excluded) || !isChannelNoun(p.token(n))) {
                    continue;
                }
                int c = p.child(n, "case");
                if (c < 0 || !channelPrepositions.contains(p.token(c).text().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int[] r = p.subtree(n);
                int first = r[0];
                while (first < n && (Tags.isPreposition(p.token(first).pos()) || Tags.isDeterminer(p.token(first).pos())
                        || Tags.isPossessivePronoun(p.token(first).pos()))) {
                    first++;
                }
                int last = r[1];
                while (last > n && (p.token(last).text().equals(",") || p.token(last).text().equals("."))) {
                    last--;
                }
                return new Span(p.token(first).start(), p.token(last).end());
            }
            if (verb != cue) {
                break;
            }
        }
        return null;
    }

    private boolean isChannelNoun(Token t) {
        return t.isNoun() && (channelWords.contains(t.lemma().toLowerCase(Locale.ROOT))
                || channelWords.contains(t.text().toLowerCase(Locale.ROOT)));
    }

    /** The normalised time of the utterance: a time expression attached to the cue outside the content. */
    public String date(ParsedText p, int cue, int[] excluded, List<TimeExpression> times) {
        for (TimeExpression t : times) {
            int tok = p.tokenAt(t.start());
            if (tok >= p.tokens().size() || inside(tok, excluded)) {
                continue;
            }
            int h = tok;
            boolean attached = false;
            for (int guard = 0; h >= 0 && guard < 4; guard++) {
                if (h == cue) {
                    attached = true;
                    break;
                }
                if (p.token(h).isVerb() && guard > 0 && CLAUSES.contains(p.relation(h).replaceAll(":.*", ""))) {
                    break;
                }
                h = p.head(h);
            }
            if (attached && t.value() != null && !t.type().equals("DURATION") && !t.value().endsWith("_REF")) {
                return t.value();
            }
        }
        return null;
    }

    private static boolean inside(int token, int[] range) {
        return range != null && token >= range[0] && token <= range[1];
    }
}
