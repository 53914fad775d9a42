package org.dateline.model.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TagsTest {
    /** Every Penn Treebank tag CoreNLP's English tagger writes. */
    private static final List<String> PENN = List.of("CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS",
            "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH",
            "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "$", "#", ",", ".", ":", "``", "''",
            "-LRB-", "-RRB-", "HYPH", "NFP", "ADD", "AFX", "GW", "XX");

    private static List<String> matching(Predicate<String> p) {
        return PENN.stream().filter(p).toList();
    }

    @Test
    void verbsAreTheVbTagsAndTheirTensesOneEach() {
        assertEquals(List.of("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"), matching(Tags::isVerb));
        assertEquals(List.of("VBD"), matching(Tags::isPastTense));
        assertEquals(List.of("VBN"), matching(Tags::isPastParticiple));
        assertEquals(List.of("VBG"), matching(Tags::isGerund));
        assertEquals(List.of("VB"), matching(Tags::isBaseVerb));
        assertEquals(List.of("VBP", "VBZ"), matching(Tags::isPresentTense));
        assertEquals(List.of("VBP"), matching(Tags::isPresentNotThirdPerson));
    }

    @Test
    void nounsAreCommonOrProperSingularOrPlural() {
        assertEquals(List.of("NN", "NNS", "NNP", "NNPS"), matching(Tags::isNoun));
        assertEquals(List.of("NNP", "NNPS"), matching(Tags::isProperNoun));
        assertEquals(List.of("NN", "NNS"), matching(Tags::isCommonNoun));
        assertEquals(List.of("NNS", "NNPS"), matching(Tags::isPluralNoun));
        assertEquals(List.of("NNS"), matching(Tags::isPluralCommonNoun));
        assertEquals(List.of("NNPS"), matching(Tags::isPluralProperNoun));
    }

    @Test
    void adjectivesAndAdverbsOfAnyDegreeOrPlain() {
        assertEquals(List.of("JJ", "JJR", "JJS"), matching(Tags::isAdjective));
        assertEquals(List.of("JJ"), matching(Tags::isPlainAdjective));
        assertEquals(List.of("RB", "RBR", "RBS"), matching(Tags::isAdverb));
        assertEquals(List.of("RB"), matching(Tags::isPlainAdverb));
    }

    @Test
    void pronounsAndWhWords() {
        assertEquals(List.of("PRP", "PRP$"), matching(Tags::isPronoun));
        assertEquals(List.of("PRP"), matching(Tags::isPersonalPronoun));
        assertEquals(List.of("PRP$"), matching(Tags::isPossessivePronoun));
        assertEquals(List.of("WDT", "WP", "WP$", "WRB"), matching(Tags::isWhWord));
        assertEquals(List.of("WDT"), matching(Tags::isWhDeterminer));
        assertEquals(List.of("WP"), matching(Tags::isWhPronoun));
    }

    @Test
    void functionWordsOneTagEach() {
        assertEquals(List.of("DT"), matching(Tags::isDeterminer));
        assertEquals(List.of("IN"), matching(Tags::isPreposition));
        assertEquals(List.of("TO"), matching(Tags::isTo));
        assertEquals(List.of("CC"), matching(Tags::isCoordinatingConjunction));
        assertEquals(List.of("CD"), matching(Tags::isNumber));
        assertEquals(List.of("POS"), matching(Tags::isPossessiveEnding));
        assertEquals(List.of("RP"), matching(Tags::isParticle));
        assertEquals(List.of("EX"), matching(Tags::isExistential));
    }

    @Test
    void punctuationAndSymbols() {
        assertEquals(List.of("$", "#", ",", ".", ":", "``", "''", "-LRB-", "-RRB-"), matching(Tags::isSymbol));
        assertEquals(List.of(",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"), matching(Tags::isPunctuation));
        assertEquals(List.of("``", "''"), matching(Tags::isQuotationMark));
        assertEquals(List.of(","), matching(Tags::isComma));
        assertEquals(List.of(":"), matching(Tags::isColon));
        assertEquals(List.of("HYPH"), matching(Tags::isHyphen));
    }

    @Test
    void theCoarseClassesNameEveryNounAndThePersonalPronoun() {
        assertTrue(Tags.isNoun(Tags.NOUN) && !Tags.isProperNoun(Tags.NOUN));
        assertTrue(Tags.isProperNoun(Tags.PROPER_NOUN));
        assertTrue(Tags.isPersonalPronoun(Tags.PERSONAL_PRONOUN));
    }

    @Test
    void aTokenAsksTheSameQuestions() {
        Token t = new Token(0, 0, "Kyiv", 0, 4, "NNP", "Kyiv", Tags.CITY, Tags.LOCATION);
        assertTrue(t.isNoun() && t.isProperNoun());
        assertFalse(t.isVerb() || t.isPronoun());
        assertEquals("O", Tags.NONE);
    }
}
