package org.dateline.analysis.attribution;

import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * The name phrase right before a cue ("..., Kharkiv regional governor Oleh Synehubov said") or right after it
 * (""...," said the Britain-based Observatory"), for sentences the parser did not attach: nominal tokens only, at
 * most a given number, with a name, a pronoun or a definite common noun among them.
 */
public final class NounPhrases {
    private NounPhrases() {
    }

    /** {first, last, head} of the phrase that ends right before the cue, or null. */
    public static int[] before(ParsedText p, int cue, int max) {
        int sentenceStart = p.sentences().get(p.token(cue).sentence()).firstToken();
        int first = cue;
        boolean named = false;
        while (first - 1 >= sentenceStart && cue - first < max && isNominal(p, first - 1)) {
            first--;
            Token t = p.token(first);
            named |= t.isProperNoun() || Tags.isPersonalPronoun(t.pos());
        }
        if (first == cue || !named) {
            return null;
        }
        return new int[] {first, cue - 1, cue - 1};
    }

    /** {first, last, head} of the phrase that starts right after the cue, or null. */
    public static int[] after(ParsedText p, int cue, int max) {
        int sentenceEnd = p.sentences().get(p.token(cue).sentence()).endToken();
        int last = cue;
        boolean named = false;
        boolean definite = false;
        while (last + 1 < sentenceEnd && last - cue < max && isNominal(p, last + 1)) {
            last++;
            Token t = p.token(last);
            named |= t.isProperNoun() || Tags.isPersonalPronoun(t.pos());
            definite |= last == cue + 1 && t.lemma().equalsIgnoreCase("the");
        }
        while (last > cue && !p.token(last).isNoun() && !Tags.isPersonalPronoun(p.token(last).pos())) {
            last--;
        }
        if (last == cue || !named && !definite) {
            return null;
        }
        return new int[] {cue + 1, last, last};
    }

    private static boolean isNominal(ParsedText p, int i) {
        Token t = p.token(i);
        String pos = t.pos();
        if (Tags.isPastParticiple(pos) || Tags.isGerund(pos)) {
            return i > 0 && Tags.isHyphen(p.token(i - 1).pos()) || t.text().indexOf('-') > 0;
        }
        return Tags.isNoun(pos) || Tags.isPlainAdjective(pos) || Tags.isDeterminer(pos) || Tags.isPossessiveEnding(pos)
                || Tags.isPersonalPronoun(pos) || Tags.isHyphen(pos)
                || Tags.isNumber(pos) && !t.ner().equals(Tags.DATE);
    }
}
