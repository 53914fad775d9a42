package org.dateline.analysis.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDaterTest {

    @ParameterizedTest
    @CsvSource({
        "2022-09-19, 2022-09-19, 2022-09-19, 1",
        "2022-09-19TEV, 2022-09-19, 2022-09-19, 1",
        "2022-W37-WE, 2022-09-17, 2022-09-18, 2",
        "2022-W37, 2022-09-12, 2022-09-18, 2",
        "2022-07, 2022-07-01, 2022-07-31, 3",
        "2024-02, 2024-02-01, 2024-02-29, 3",
        "2014, 2014-01-01, 2014-12-31, 3",
    })
    void valuesCoverTheirDaysWithAcledPrecision(String value, String from, String to, int precision) {
        LocalDate[] span = EventDater.span(value);
        assertArrayEquals(new LocalDate[] {LocalDate.parse(from), LocalDate.parse(to)}, span);
        assertEquals(precision, EventDater.precision(value));
    }

    @ParameterizedTest
    @CsvSource({"PRESENT_REF", "PXM", "2022-13", "2022-W60", "XXXX-09-19"})
    void valuesThatAreNotCalendarDatesHaveNoSpan(String value) {
        assertNull(EventDater.span(value));
    }
}
