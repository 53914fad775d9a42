package org.dateline.model.parse;

/**
 * A token of the parsed text.
 *
 * @param index    position in the document's token list
 * @param sentence index of the sentence the token belongs to
 * @param start    character offset into the text
 * @param pos      Penn Treebank part-of-speech tag (ask {@link Tags} what it tells)
 * @param ner      fine-grained named-entity class ("CITY", "TITLE", "PERSON"), or "O" (constants in {@link Tags})
 * @param coarseNer coarse class ("LOCATION", "PERSON", "ORGANIZATION", "MISC"), or "O"
 */
public record Token(int index, int sentence, String text, int start, int end, String pos, String lemma, String ner,
                    String coarseNer) {

    public boolean isVerb() {
        return Tags.isVerb(pos);
    }

    public boolean isNoun() {
        return Tags.isNoun(pos);
    }

    public boolean isProperNoun() {
        return Tags.isProperNoun(pos);
    }

    public boolean isPronoun() {
        return Tags.isPronoun(pos);
    }
}
