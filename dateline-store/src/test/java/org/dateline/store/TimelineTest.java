package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Timeline#of}: the finest unit within the bin limit, every bin of the span, far-off dates kept aside. */
class TimelineTest {
    @Test
    void aShortSpanHasOneBinPerDayEmptyDaysIncluded() {
        Timeline t = Timeline.of(List.of(day("2022-09-19", 3), day("2022-09-21", 1)));
        assertEquals(Timeline.Unit.DAY, t.unit());
        assertEquals(List.of(day("2022-09-19", 3), day("2022-09-20", 0), day("2022-09-21", 1)), t.bins());
        assertEquals(0, t.earlier() + t.later());
    }

    @Test
    void noEventsNoBins() {
        assertEquals(new Timeline(Timeline.Unit.DAY, List.of(), 0, 0), Timeline.of(List.of()));
    }

    @Test
    void overFourHundredDaysTheBinsAreWeeksFromMonday() {
        Timeline t = Timeline.of(List.of(day("2022-01-05", 2), day("2022-01-09", 1), day("2023-06-01", 4)));
        assertEquals(Timeline.Unit.WEEK, t.unit());
        assertEquals(day("2022-01-03", 3), t.bins().get(0), "Wednesday 5 and Sunday 9 January are one ISO week");
        assertEquals(day("2023-05-29", 4), t.bins().get(t.bins().size() - 1));
        assertEquals(7, t.bins().get(0).date().until(t.bins().get(1).date()).getDays());
    }

    @Test
    void decadesAreMonthsAndCenturiesYears() {
        Timeline months = Timeline.of(List.of(day("1990-01-31", 1), day("2020-12-01", 1)));
        assertEquals(Timeline.Unit.MONTH, months.unit());
        assertEquals(List.of(day("1990-01-01", 1), day("1990-02-01", 0)), months.bins().subList(0, 2));
        assertEquals(372, months.bins().size());
        Timeline years = Timeline.of(List.of(day("1700-06-01", 50), day("2020-12-01", 50)));
        assertEquals(Timeline.Unit.YEAR, years.unit());
        assertEquals(321, years.bins().size());
    }

    @Test
    void aFewFarOffDatesAreCountedAsideInsteadOfFlatteningTheChart() {
        List<Timeline.Bin> days = new ArrayList<>();
        days.add(day("0200-01-01", 1)); // "0200 GMT" read as a year
        for (LocalDate d = LocalDate.of(1987, 2, 26); d.isBefore(LocalDate.of(1987, 10, 20)); d = d.plusDays(1)) {
            days.add(new Timeline.Bin(d, 2));
        }
        days.add(day("2416-01-01", 1));
        Timeline t = Timeline.of(days);
        assertEquals(Timeline.Unit.DAY, t.unit());
        assertEquals(1, t.earlier());
        assertEquals(1, t.later());
        assertEquals(day("1987-02-26", 2), t.bins().get(0));
        assertEquals(days.stream().mapToLong(Timeline.Bin::count).sum(),
                t.earlier() + t.later() + t.bins().stream().mapToLong(Timeline.Bin::count).sum());
    }

    @Test
    void onlyTheEndThatNeedsItIsCut() {
        List<Timeline.Bin> days = new ArrayList<>();
        days.add(day("0040-01-01", 1));
        for (LocalDate d = LocalDate.of(1987, 1, 1); d.isBefore(LocalDate.of(1988, 1, 1)); d = d.plusDays(1)) {
            days.add(new Timeline.Bin(d, 1));
        }
        Timeline t = Timeline.of(days);
        assertEquals(1, t.earlier());
        assertEquals(0, t.later(), "the last days of 1987 are no outliers");
        assertEquals(Timeline.Unit.DAY, t.unit());
        assertEquals(365, t.bins().size());
    }

    @Test
    void widelySpreadEventsAreNotCutButBinnedInYears() {
        List<Timeline.Bin> days = new ArrayList<>();
        for (int year = 1500; year <= 2000; year += 10) {
            days.add(day(year + "-06-01", 1));
        }
        Timeline t = Timeline.of(days);
        assertEquals(Timeline.Unit.YEAR, t.unit());
        assertEquals(0, t.earlier() + t.later());
    }

    private static Timeline.Bin day(String date, long count) {
        return new Timeline.Bin(LocalDate.parse(date), count);
    }
}
