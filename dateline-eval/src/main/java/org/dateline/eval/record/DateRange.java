package org.dateline.eval.record;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** The days from {@code first} to {@code last}, both included. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends before it starts: " + first + "/" + last);
        }
    }

    /**
     * A gold date: {@code YYYY-MM-DD}, a range {@code YYYY-MM-DD/YYYY-MM-DD}, or a month {@code YYYY-MM}.
     *
     * @throws IllegalArgumentException naming the value when it is none of these
     */
    public static DateRange parse(String value) {
        try {
            int slash = value.indexOf('/');
            if (slash >= 0) {
                return new DateRange(LocalDate.parse(value.substring(0, slash)),
                        LocalDate.parse(value.substring(slash + 1)));
            }
            if (value.length() == 7) {
                YearMonth month = YearMonth.parse(value);
                return new DateRange(month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = LocalDate.parse(value);
            return new DateRange(day, day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date '" + value + "' (expected YYYY-MM-DD, a range "
                    + "YYYY-MM-DD/YYYY-MM-DD or YYYY-MM)");
        }
    }

    /** Whether the two ranges share a day once this one is widened by {@code days} on each side. */
    public boolean overlaps(DateRange other, int days) {
        return !other.last.isBefore(first.minusDays(days)) && !other.first.isAfter(last.plusDays(days));
    }
}
