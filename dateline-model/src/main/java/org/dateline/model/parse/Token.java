package org.dateline.model.parse;

/**
 * A token of the parsed text.
 *
 * @param index    position in the document's token list
 * @param sentence index of the sentence the token belongs to
 * @param start    character offset into the text
 * @param pos      Penn Treebank part-of-speech tag
 * @param ner      fine-grained named-entity class ("CITY", "TITLE", "PERSON"), or "O"
 * @param coarseNer coarse class ("LOCATION", "PERSON", "ORGANIZATION", "MISC"), or "O"
 */
public record Token(int index, int sentence, String text, int start, int end, String pos, String lemma, String ner,
                    String coarseNer) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return pos.equals("PRP") || pos.equals("PRP$");
    }
}
