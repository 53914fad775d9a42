package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReadOptionsTest {

    @Test
    void defaultsToNoDateNoSourceAndTwoMillionCharacters() {
        assertEquals(new ReadOptions(null, null, 2_000_000), ReadOptions.defaults());
    }

    @Test
    void changesOneSettingAtATime() {
        ReadOptions options = ReadOptions.defaults().withDate(LocalDate.of(2022, 9, 20)).withSource("Reuters")
                .withMaxChars(10);

        assertEquals(new ReadOptions(LocalDate.of(2022, 9, 20), "Reuters", 10), options);
    }

    @Test
    void refusesALimitBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReadOptions.defaults().withMaxChars(0));

        assertEquals("maxChars must be at least 1, got 0", e.getMessage());
    }

    @Test
    void refusesABlankSource() {
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.defaults().withSource(" "));
    }
}
