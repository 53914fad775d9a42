package org.dateline.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeCuesTest {

    private final TimeCues cues = TimeCues.english();

    @Test
    void timeWordsNumbersAndTheirPartsAreCues() {
        for (String w : List.of("Monday", "Sept.", "yesterday", "mid-March", "year-on-year", "85", "1930s", "one",
                "third", "a.m.", "Christmas", "current", "time")) {
            assertTrue(cues.isCue(w), w);
        }
    }

    @Test
    void aSentenceWithoutAnyIsParsedWithoutSutime() {
        assertFalse(cues.mayHoldTime(List.of("Troops", "shelled", "the", "village", "of", "Pechenihy", ".")));
        assertTrue(cues.mayHoldTime(List.of("Troops", "shelled", "Pechenihy", "overnight", ".")));
    }
}
