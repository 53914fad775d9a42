package org.dateline.corenlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger's decisions on small hand-made sentences and a small class file (no CoreNLP models needed). */
class FineClassTaggerTest {

    private static final FineClassMapping MAPPING = FineClassMapping.read(List.of(
            new FineClassMapping.Source("org/dateline/corenlp/fine-classes-caseless.tab", true),
            new FineClassMapping.Source("org/dateline/corenlp/fine-classes-cased.tab", false)));
    private final FineClassTagger tagger = new FineClassTagger(MAPPING);

    /** Tags "word/POS/NER ..." and returns the classes after tagging. */
    private String[] tag(String sentence) {
        String[] parts = sentence.split(" ");
        String[] words = new String[parts.length];
        String[] pos = new String[parts.length];
        String[] ner = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/");
            words[i] = f[0];
            pos[i] = f[1];
            ner[i] = f[2];
        }
        tagger.tag(words, pos, ner);
        return ner;
    }

    @Test
    void theLongerMatchWinsOverOverlappingShorterOnes() {
        assertArrayEquals(new String[] {"O", "CITY", "CITY", "CITY", "O"},
                tag("in/IN/O New/NNP/LOCATION York/NNP/LOCATION City/NNP/LOCATION today/NN/O"));
    }

    @Test
    void aSequenceOfLocationsIsAlwaysRefined() {
        assertArrayEquals(new String[] {"STATE_OR_PROVINCE", "STATE_OR_PROVINCE", "O"},
                tag("New/NNP/LOCATION York/NNP/LOCATION said/VBD/O"));
    }

    @Test
    void caselessEntriesMatchAnyCaseAndCasedOnesOnlyTheirOwn() {
        assertArrayEquals(new String[] {"CITY", "O", "TITLE"}, tag("Paris/NNP/LOCATION and/CC/O PRESIDENT/NN/O"));
        assertArrayEquals(new String[] {"LOCATION"}, tag("paris/NN/LOCATION"));
    }

    @Test
    void aMatchNeedsANounOrAdjective() {
        assertArrayEquals(new String[] {"NATIONALITY", "O"}, tag("Russian/JJ/O troops/NNS/O"));
        assertArrayEquals(new String[] {"O"}, tag("russian/VB/O"));
    }

    @Test
    void aCityDoesNotReplaceAnotherEntityUnlessItsEntryAllowsIt() {
        assertArrayEquals(new String[] {"PERSON", "O"}, tag("Kharkiv/NNP/PERSON said/VBD/O"));
        assertArrayEquals(new String[] {"CITY", "O"}, tag("Kharkiv/NNP/LOCATION said/VBD/O"));
        // CoreNLP's rule: a CITY entry replaces only the classes it names, not even O
        assertArrayEquals(new String[] {"O", "O"}, tag("Kharkiv/NNP/O said/VBD/O"));
    }

    @Test
    void aMatchThatCutsIntoANamedEntityLeavesIt() {
        assertArrayEquals(new String[] {"PERSON", "PERSON", "O"}, tag("Henry/NNP/PERSON President/NNP/PERSON said/VBD/O"));
    }

    @Test
    void aMatchOverMixedClassesReplacesThem() {
        assertArrayEquals(new String[] {"TITLE", "TITLE", "TITLE"}, tag("Secretary/NNP/O of/IN/O State/NNP/ORGANIZATION"));
    }

    @Test
    void regularExpressionsMatchWholeTokens() {
        assertArrayEquals(new String[] {"TITLE", "PERSON"}, tag("Secretary-of-Defense/NNP/O Austin/NNP/PERSON"));
        assertArrayEquals(new String[] {"COUNTRY", "O"}, tag("U.S./NNP/LOCATION forces/NNS/O"));
        assertArrayEquals(new String[] {"LOCATION", "O"}, tag("UxS./NNP/LOCATION forces/NNS/O"));
    }

    @Test
    void aLaterDuplicateIsKeptOnlyWithAHigherPriority() {
        // "president" and "russian" are in both files (the cased file's copies are all lower case, so the same keys)
        assertEquals(1, count("president"));
        assertEquals(2, count("russian"));
        // "York City" and "york city" are different patterns
        assertEquals(2, count("york city"));
    }

    private static long count(String pattern) {
        return MAPPING.entries().stream().filter(e -> String.join(" ", e.tokens()).equalsIgnoreCase(pattern)).count();
    }

    @Test
    void hyphenatedWordsAreReadAsOneUnlessTheSecondPartIsKeptApart() {
        assertEquals(List.of(0, 3, 4, 5, 6), FineClassAnnotator.wordStarts(labels("Russian", "", "-", "", "led", " ",
                "forces", " ", "Kharkiv", "", "-", "", "based")));
    }

    /** CoreLabels from alternating word and the text after it. */
    private static List<CoreLabel> labels(String... wordAndAfter) {
        List<CoreLabel> out = new ArrayList<>();
        for (int i = 0; i < wordAndAfter.length; i += 2) {
            CoreLabel l = new CoreLabel();
            l.setWord(wordAndAfter[i]);
            l.setAfter(i + 1 < wordAndAfter.length ? wordAndAfter[i + 1] : " ");
            out.add(l);
        }
        return out;
    }
}
