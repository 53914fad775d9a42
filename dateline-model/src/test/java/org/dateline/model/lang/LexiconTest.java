package org.dateline.model.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static Lexicon parse(String text, int columns) throws Exception {
        return Lexicon.parse("test.tsv", new BufferedReader(new StringReader(text)), columns);
    }

    @Test
    void readsRowsAfterTheHeader() throws Exception {
        Lexicon l = parse("# source: x\n# licence: y\n# version: 1\na\tb\n\nc\td\n", 2);
        assertEquals(2, l.rows().size());
        assertTrue(l.words().contains("c"));
    }

    @Test
    void wordsOfAKindAreTheFirstColumnOfItsRowsInLowerCase() throws Exception {
        Lexicon l = parse("# source: x\n# licence: y\n# version: 1\nInto\tTO\nflow\tVERB\nto\tTO\n", 2);
        assertEquals(java.util.Set.of("into", "to"), l.words("TO"));
    }

    @Test
    void aKindWithoutRowsIsAnError() throws Exception {
        Lexicon l = parse("# source: x\n# licence: y\n# version: 1\nflow\tVERB\n", 2);
        Exception e = assertThrows(IllegalArgumentException.class, () -> l.words("VREB"));
        assertTrue(e.getMessage().contains("VREB"), e.getMessage());
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsNamesTheLine() {
        Exception e = assertThrows(IllegalStateException.class,
                () -> parse("# source: x\n# licence: y\n# version: 1\na\tb\nc\n", 2));
        assertTrue(e.getMessage().contains("line 5"), e.getMessage());
    }

    @Test
    void aFileWithoutSourceAndLicenceIsRejected() {
        Exception e = assertThrows(IllegalStateException.class, () -> parse("a\tb\n", 2));
        assertTrue(e.getMessage().contains("source"), e.getMessage());
    }
}
