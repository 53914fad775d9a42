package org.dateline.analysis.attribution;

import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Token;

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
            named |= t.isProperNoun() || t.pos().equals("PRP");
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
            named |= t.isProperNoun() || t.pos().equals("PRP");
            definite |= last == cue + 1 && t.lemma().equalsIgnoreCase("the");
        }
        while (last > cue && !p.token(last).isNoun() && !p.token(last).pos().equals("PRP")) {
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
        if (pos.equals("VBN") || pos.equals("VBG")) {
            return i > 0 && p.token(i - 1).pos().equals("HYPH") || t.text().indexOf('-') > 0;
        }
        return pos.startsWith("NN") || pos.equals("JJ") || pos.equals("DT") || pos.equals("POS") || pos.equals("PRP")
                || pos.equals("HYPH") || pos.equals("CD") && !t.ner().equals("DATE");
    }
}
