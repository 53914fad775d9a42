package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ReadProblemTest {

    @Test
    void printsAsOneLineWithFileLocationAndMessage() {
        ReadProblem problem = new ReadProblem(Path.of("data/x.jsonl"), "line 12", "not JSON (Unexpected character)");

        assertEquals("data/x.jsonl line 12: not JSON (Unexpected character)", problem.toString());
    }

    @Test
    void printsWithoutLocationForTheWholeFile() {
        assertEquals("data/x.txt: empty file", ReadProblem.of(Path.of("data/x.txt"), "empty file").toString());
    }

    @Test
    void refusesMessagesThatAreNotOneLine() {
        assertThrows(IllegalArgumentException.class, () -> ReadProblem.of(Path.of("x"), "two\nlines"));
        assertThrows(IllegalArgumentException.class, () -> ReadProblem.of(Path.of("x"), " "));
        assertThrows(IllegalArgumentException.class, () -> new ReadProblem(Path.of("x"), "", "message"));
        assertThrows(NullPointerException.class, () -> ReadProblem.of(null, "message"));
    }
}
